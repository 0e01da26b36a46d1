package org.kindred.person;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class NhsNumberPropertiesTest {

    /** Valid numbers built from nine random digits and a check digit computed here, independently. */
    @Provide
    Arbitrary<String> validNumbers() {
        return Arbitraries.strings().numeric().ofLength(9)
                .filter(nine -> referenceCheck(nine) != 10)
                .map(nine -> nine + referenceCheck(nine))
                .filter(n -> n.chars().distinct().count() > 1);
    }

    @Property
    void everyGeneratedNumberIsValid(@ForAll("validNumbers") String number) {
        assertThat(NhsNumber.isValid(number)).isTrue();
        assertThat(NhsNumber.isValid(NhsNumber.format(number))).isTrue();
    }

    @Property
    void changingAnySingleDigitMakesItInvalid(@ForAll("validNumbers") String number,
            @ForAll @IntRange(min = 0, max = 9) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
        char changed = (char) ('0' + (number.charAt(position) - '0' + delta) % 10);
        String mutated = number.substring(0, position) + changed + number.substring(position + 1);
        assertThat(NhsNumber.isValid(mutated)).isFalse();
    }

    @Property
    void swappingTwoDifferentAdjacentDigitsMakesItInvalid(@ForAll("validNumbers") String number,
            @ForAll @IntRange(min = 0, max = 8) int position) {
        char a = number.charAt(position);
        char b = number.charAt(position + 1);
        if (a == b) return;
        String swapped = number.substring(0, position) + b + a + number.substring(position + 2);
        assertThat(NhsNumber.isValid(swapped)).isFalse();
    }

    @Property
    void normaliseIsIdempotentAndFormatRoundTrips(@ForAll("validNumbers") String number) {
        String formatted = NhsNumber.format(number);
        assertThat(NhsNumber.normalise(formatted)).isEqualTo(number);
        assertThat(NhsNumber.normalise(NhsNumber.normalise(formatted))).isEqualTo(number);
        assertThat(NhsNumber.format(formatted)).isEqualTo(formatted);
    }

    private static int referenceCheck(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += Character.digit(nine.charAt(i), 10) * (10 - i);
        return (11 - sum % 11) % 11;
    }
}
