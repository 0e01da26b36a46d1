package org.kindred.person.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kindred.person.NewPerson;
import org.kindred.person.Upn;
import org.kindred.shared.InvalidInput;

class NewPersonCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String UPN = Upn.checkLetter("999123456789") + "999123456789";

    private static NewPerson child(String dob, String nhs, String postcode) {
        return new NewPerson("CHILD", "Ada", "Testwood", LocalDate.parse(dob), null, "FEMALE", "WBRI", nhs, UPN, "1 Road", null,
                "Kingsford", postcode);
    }

    @Test
    void normalisesAValidChild() {
        ValidPerson p = NewPersonCheck.validate(child("2019-03-27", "943 476 5919", "zy1 1ab"), TODAY);
        assertThat(p.nhsNumber()).isEqualTo("9434765919");
        assertThat(p.postcode()).isEqualTo("ZY1 1AB");
        assertThat(p.dateOfBirth()).isEqualTo(LocalDate.of(2019, 3, 27));
    }

    @Test
    void namesEveryWrongFieldAtOnce() {
        InvalidInput e = catchThrowableOfType(InvalidInput.class,
                () -> NewPersonCheck.validate(child("2027-01-01", "943 476 5918", "NOT A CODE"), TODAY));
        assertThat(e.errors()).containsOnlyKeys("dateOfBirth", "nhsNumber", "postcode");
        assertThat(e.errors().get("dateOfBirth")).contains("past");
    }

    @Test
    void requiresNamesSexAndADateOfBirthForAChild() {
        InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> NewPersonCheck.validate(
                new NewPerson(null, " ", null, null, null, null, null, null, null, null, null, null, null), TODAY));
        assertThat(e.errors()).containsOnlyKeys("givenNames", "familyName", "dateOfBirth", "sex");
    }

    @Test
    void anUnbornChildNeedsAnExpectedDateOfBirth() {
        InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> NewPersonCheck.validate(
                new NewPerson("UNBORN", "Baby", "Testwood", null, null, "UNKNOWN", null, null, null, null, null, null,
                        null), TODAY));
        assertThat(e.errors()).containsOnlyKeys("expectedDateOfBirth");
    }
}
