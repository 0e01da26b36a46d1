package org.kindred.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Synthetic numbers only: the NHS documentation example and numbers in the 999 test range. */
class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", " 9434765919 ", "9990000018", "999 000 0026", "9990000050"})
    void acceptsValidNumbers(String text) {
        assertThat(NhsNumber.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "9434765918", "943476591", "94347659190", "943-476-5919", "9434 765 919",
            "943  476 5919", "94347659l9", "0000000000", "1111111111", "2222222222", "9999999999",
            "9990000051", "9991234568"})
    void rejectsInvalidNumbers(String text) {
        assertThat(NhsNumber.isValid(text)).isFalse();
    }

    @Test
    void aCheckDigitOfTenMeansNoValidNumber() {
        // 1*10 + 1*2 = 12; 12 mod 11 = 1; 11 - 1 = 10: no tenth digit can make this valid
        assertThat(NhsNumber.checkDigit("100000001")).isEqualTo(10);
        for (int d = 0; d <= 9; d++) {
            assertThat(NhsNumber.isValid("100000001" + d)).isFalse();
        }
    }

    @Test
    void remainderZeroGivesCheckDigitZero() {
        // 2*10 + 1*2 = 22 = 2 * 11
        assertThat(NhsNumber.checkDigit("200000001")).isZero();
        assertThat(NhsNumber.isValid("2000000010")).isTrue();
    }

    @Test
    void normalisesAndFormats() {
        assertThat(NhsNumber.normalise("943 476 5919")).isEqualTo("9434765919");
        assertThat(NhsNumber.normalise(" 9434765919")).isEqualTo("9434765919");
        assertThat(NhsNumber.format("9434765919")).isEqualTo("943 476 5919");
        assertThat(NhsNumber.format("943 476 5919")).isEqualTo("943 476 5919");
    }

    @Test
    void normaliseAndFormatRefuseInvalidNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> NhsNumber.normalise("9434765918"))
                .withMessageContaining("9434765918");
        assertThatIllegalArgumentException().isThrownBy(() -> NhsNumber.format(null));
    }
}
