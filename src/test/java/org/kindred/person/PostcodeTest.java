package org.kindred.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @CsvSource({
            "sw1a1aa, SW1A 1AA, SW1A",
            "SW1A 1AA, SW1A 1AA, SW1A",
            "' ec1a  1bb ', EC1A 1BB, EC1A",
            "W1A 0AX, W1A 0AX, W1A",
            "m11ae, M1 1AE, M1",
            "b338th, B33 8TH, B33",
            "CR2 6XH, CR2 6XH, CR2",
            "dn551pt, DN55 1PT, DN55",
            "gir0aa, GIR 0AA, GIR",
            "N1C 4AG, N1C 4AG, N1C"})
    void normalisesValidPostcodes(String text, String normalised, String outward) {
        assertThat(Postcode.isValid(text)).isTrue();
        assertThat(Postcode.normalise(text)).isEqualTo(normalised);
        assertThat(Postcode.outward(text)).isEqualTo(outward);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "SW1A", "1AA", "SW1A 1A", "SW1A 1AAA", "SW1A1AA1", "QA1 1AA", "VA1 1AA",
            "XA1 1AA", "AI1 1AA", "AZ1 1AA", "A1I 1AA", "AA1C 1AA", "SW1A 1CA", "SW1A 1AI", "SW1A 1AV",
            "SWW1 1AA", "S-1A 1AA", "GIR 0AB", "SW123 1AA", "SW1A 11A"})
    void rejectsMalformedPostcodes(String text) {
        assertThat(Postcode.isValid(text)).isFalse();
    }

    @Test
    void normaliseAndOutwardRefuseInvalidPostcodes() {
        assertThatIllegalArgumentException().isThrownBy(() -> Postcode.normalise("SW1A 1CA"))
                .withMessageContaining("SW1A 1CA");
        assertThatIllegalArgumentException().isThrownBy(() -> Postcode.outward(null));
    }
}
