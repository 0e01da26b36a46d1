package org.kindred.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Synthetic UPNs only (the fake ones in the DfE CIN validator's tests for rule 1510, and made-up ones). */
class UpnTest {

    @ParameterizedTest
    @ValueSource(strings = {"A950000178301", "H243278544154", "X845212818005"})
    void acceptsUpnsWithTheRightCheckLetter(String upn) {
        assertThat(Upn.isValid(upn)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "R247962919251", "X428558133462", "ASFFAGSVSV123", "R325", "a950000178301",
            "A95000017830", "A9500001783011", "A95000017830I", "A95000017830O", "A95000017830S",
            "I950000178301", "A9500001783A1"})
    void rejectsMalformedUpnsAndWrongCheckLetters(String upn) {
        assertThat(Upn.isValid(upn)).isFalse();
    }

    @Test
    void checkLetterWeighsCharactersTwoToThirteen() {
        // 9*2 + 5*3 + 1*8 + 7*9 + 8*10 + 3*11 + 1*13 = 230 = 10 * 23, remainder 0 -> A
        assertThat(Upn.checkLetter("950000178301")).isEqualTo('A');
        // all zeros: sum 0 -> A; a single 1 in the last place: 13 -> index 13 = P
        assertThat(Upn.checkLetter("000000000000")).isEqualTo('A');
        assertThat(Upn.checkLetter("000000000001")).isEqualTo('P');
        // 1 in the second character (weight 2) -> C
        assertThat(Upn.checkLetter("100000000000")).isEqualTo('C');
    }

    @Test
    void temporaryUpnLetterCountsAsItsIndexInTheAlphabet() {
        // B = 1, so ...0B weighs like ...01; Z = 22, 22*13 = 286 = 12*23 + 10 -> index 10 = L
        assertThat(Upn.checkLetter("00000000000B")).isEqualTo(Upn.checkLetter("000000000001"));
        assertThat(Upn.checkLetter("00000000000Z")).isEqualTo('L');
        assertThat(Upn.isValid("L00000000000Z")).isTrue();
        assertThat(Upn.isValid("A00000000000A")).isTrue();
    }

    @Test
    void checkLetterRefusesMalformedInput() {
        assertThatIllegalArgumentException().isThrownBy(() -> Upn.checkLetter("95000017830"));
        assertThatIllegalArgumentException().isThrownBy(() -> Upn.checkLetter("95000017830I"));
        assertThatIllegalArgumentException().isThrownBy(() -> Upn.checkLetter("9500001783A1"));
        assertThatIllegalArgumentException().isThrownBy(() -> Upn.checkLetter(null));
    }
}
