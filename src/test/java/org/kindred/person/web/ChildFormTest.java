package org.kindred.person.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChildFormTest {
    @Test
    void assemblesTheThreeGovukDateInputsIntoAnIsoDate() {
        assertThat(ChildForm.date("7", "3", "2019")).isEqualTo("2019-03-07");
        assertThat(ChildForm.date(" 29 ", "02", "2024")).isEqualTo("2024-02-29");
    }

    @Test
    void blankInputsAreNoDateAndImpossibleOnesAreInvalid() {
        assertThat(ChildForm.date("", " ", null)).isNull();
        assertThat(ChildForm.date("29", "2", "2023")).isEqualTo("invalid");
        assertThat(ChildForm.date("12", "", "2019")).isEqualTo("invalid");
        assertThat(ChildForm.date("1", "1", "19")).isEqualTo("invalid");
        assertThat(ChildForm.date("a", "1", "2019")).isEqualTo("invalid");
    }

    @Test
    void anUnbornChildGetsAnExpectedDateOfBirth() {
        ChildForm form = new ChildForm();
        form.setKind("UNBORN");
        form.setDobDay("1");
        form.setDobMonth("6");
        form.setDobYear("2027");
        assertThat(form.toNewPerson().expectedDateOfBirth()).isEqualTo("2027-06-01");
        assertThat(form.toNewPerson().dateOfBirth()).isNull();
    }
}
