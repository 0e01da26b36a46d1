package org.kindred.person.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateOfBirthTest {

    @Test
    void keepsImpossibleDatesAsWritten() {
        assertThat(DateOfBirth.parse("19561345")).isEqualTo(new DateOfBirth(1956, 13, 45, false));
        assertThat(DateOfBirth.parse("1956")).isNull();
    }

    @Test
    void aDateAndItsSwapShareASwapKey() {
        DateOfBirth march = DateOfBirth.parse("2012-03-07");
        DateOfBirth july = DateOfBirth.parse("2012-07-03");
        assertThat(march.swapKey()).isEqualTo(july.swapKey());
        assertThat(march.isSwapOf(july)).isTrue();
        assertThat(march.isSwapOf(march)).isFalse();
    }
}
