package org.kindred.person;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class UpnPropertiesTest {
    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /** Permanent (12 digits) and temporary (11 digits and a letter) tails. */
    @Provide
    Arbitrary<String> tails() {
        Arbitrary<String> eleven = Arbitraries.strings().numeric().ofLength(11);
        Arbitrary<Character> last = Arbitraries.oneOf(Arbitraries.chars().numeric(), Arbitraries.of(LETTERS.toCharArray()));
        return Combinators.combine(eleven, last).as((e, l) -> e + l);
    }

    @Provide
    Arbitrary<String> validUpns() {
        return tails().map(t -> Upn.checkLetter(t) + t);
    }

    @Property
    void upnsBuiltWithCheckLetterAreValid(@ForAll("validUpns") String upn) {
        assertThat(Upn.isValid(upn)).isTrue();
    }

    @Property
    void checkLetterMatchesAnIndependentComputation(@ForAll("tails") String tail) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = tail.charAt(i);
            sum += (Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c)) * (i + 2);
        }
        assertThat(Upn.checkLetter(tail)).isEqualTo(LETTERS.charAt(sum % 23));
    }

    @Property
    void anyOtherCheckLetterIsInvalid(@ForAll("validUpns") String upn, @ForAll @IntRange(min = 1, max = 22) int shift) {
        char other = LETTERS.charAt((LETTERS.indexOf(upn.charAt(0)) + shift) % 23);
        assertThat(Upn.isValid(other + upn.substring(1))).isFalse();
    }

    @Property
    void changingAnySingleDigitIsCaught(@ForAll("validUpns") String upn,
            @ForAll @IntRange(min = 1, max = 11) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
        char changed = (char) ('0' + (upn.charAt(position) - '0' + delta) % 10);
        String mutated = upn.substring(0, position) + changed + upn.substring(position + 1);
        assertThat(Upn.isValid(mutated)).isFalse();
    }
}
