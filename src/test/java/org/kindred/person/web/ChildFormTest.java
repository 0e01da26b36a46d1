package org.kindred.person.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kindred.person.NewPerson;
import org.kindred.shared.Problems;

class ChildFormTest {
    private static ChildForm form(String kind, String day, String month, String year) {
        ChildForm form = new ChildForm();
        form.setKind(kind);
        form.setDobDay(day);
        form.setDobMonth(month);
        form.setDobYear(year);
        return form;
    }

    @Test
    void readsTheThreeGovukDateInputsIntoADate() {
        assertThat(form("CHILD", "7", "3", "2019").toNewPerson(new Problems()).dateOfBirth())
                .isEqualTo(LocalDate.of(2019, 3, 7));
        assertThat(form("CHILD", " 29 ", "02", "2024").toNewPerson(new Problems()).dateOfBirth())
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void blankInputsAreNoDateAndImpossibleOnesGetTheGovukMessage() {
        Problems blank = new Problems();
        assertThat(form("CHILD", "", " ", null).toNewPerson(blank).dateOfBirth()).isNull();
        assertThat(blank.has("dateOfBirth")).isFalse();
        assertThat(message(form("CHILD", "29", "2", "2023"))).isEqualTo("Date of birth must be a real date");
        assertThat(message(form("CHILD", "12", "", "2019"))).isEqualTo("Date of birth must include a month");
        assertThat(message(form("CHILD", "1", "1", "19"))).isEqualTo("Year must include 4 numbers");
        assertThat(message(form("UNBORN", "a", "1", "2027"))).isEqualTo("Expected date of birth must be a real date");
    }

    @Test
    void anUnbornChildGetsAnExpectedDateOfBirth() {
        NewPerson unborn = form("UNBORN", "1", "6", "2027").toNewPerson(new Problems());
        assertThat(unborn.expectedDateOfBirth()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(unborn.dateOfBirth()).isNull();
    }

    @Test
    void onlyAnAdultsDateMayBeLeftOutSoOnlyItsMistakeStopsTheFormBeforeTheRegister() {
        assertThat(form("CHILD", "1", "1", "2019").optionalDates()).isEmpty();
        assertThat(form("UNBORN", "1", "1", "2027").optionalDates()).isEmpty();
        assertThat(form("ADULT", "1", "1", "1990").optionalDates()).containsExactly("dateOfBirth");
    }

    private static String message(ChildForm form) {
        Problems problems = new Problems();
        form.toNewPerson(problems);
        try {
            problems.throwIfAny();
            return null;
        } catch (org.kindred.shared.InvalidInput e) {
            return e.errors().get(form.dateField());
        }
    }
}
