package org.kindred.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PostcodePropertiesTest {
    private static final String FIRST = "ABCDEFGHIJKLMNOPRSTUWYZ";
    private static final String SECOND = "ABCDEFGHKLMNOPQRSTUVWXY";
    private static final String THIRD = "ABCDEFGHJKPSTUW";
    private static final String FOURTH = "ABEHMNPRVWXY";
    private static final String UNIT = "ABDEFGHJLNPQRSTUWXYZ";

    private static Arbitrary<String> one(String letters) {
        return Arbitraries.of(letters.chars().mapToObj(c -> String.valueOf((char) c)).toList());
    }

    private static Arbitrary<String> digit() {
        return Arbitraries.strings().numeric().ofLength(1);
    }

    @Provide
    Arbitrary<String> outwardCodes() {
        Arbitrary<String> a9 = Combinators.combine(one(FIRST), digit()).as(String::concat);
        Arbitrary<String> a99 = Combinators.combine(a9, digit()).as(String::concat);
        Arbitrary<String> a9a = Combinators.combine(a9, one(THIRD)).as(String::concat);
        Arbitrary<String> aa9 = Combinators.combine(one(FIRST), one(SECOND), digit()).as((x, y, z) -> x + y + z);
        Arbitrary<String> aa99 = Combinators.combine(aa9, digit()).as(String::concat);
        Arbitrary<String> aa9a = Combinators.combine(aa9, one(FOURTH)).as(String::concat);
        return Arbitraries.oneOf(a9, a99, a9a, aa9, aa99, aa9a);
    }

    @Provide
    Arbitrary<String> postcodes() {
        Arbitrary<String> inward = Combinators.combine(digit(), one(UNIT), one(UNIT)).as((x, y, z) -> x + y + z);
        return Combinators.combine(outwardCodes(), inward).as((o, i) -> o + " " + i);
    }

    @Property
    void generatedPostcodesAreValidInAnyCaseAndSpacing(@ForAll("postcodes") String postcode) {
        assertThat(Postcode.isValid(postcode)).isTrue();
        assertThat(Postcode.isValid(postcode.toLowerCase(Locale.ROOT))).isTrue();
        assertThat(Postcode.isValid(postcode.replace(" ", ""))).isTrue();
        assertThat(Postcode.isValid("  " + postcode.replace(" ", "   ") + " ")).isTrue();
    }

    @Property
    void normaliseIsIdempotentAndKeepsTheOutwardCode(@ForAll("postcodes") String postcode) {
        String messy = postcode.toLowerCase(Locale.ROOT).replace(" ", "");
        String normalised = Postcode.normalise(messy);
        assertThat(normalised).isEqualTo(postcode);
        assertThat(Postcode.normalise(normalised)).isEqualTo(normalised);
        assertThat(Postcode.outward(messy)).isEqualTo(postcode.substring(0, postcode.indexOf(' ')));
    }

    @Property
    void aForbiddenUnitLetterIsInvalid(@ForAll("postcodes") String postcode, @ForAll("forbiddenUnit") String letter) {
        assertThat(Postcode.isValid(postcode.substring(0, postcode.length() - 1) + letter)).isFalse();
    }

    @Provide
    Arbitrary<String> forbiddenUnit() {
        return one("CIKMOV");
    }
}
