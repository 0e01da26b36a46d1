package org.kindred.person.internal.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kindred.person.NhsNumber;

class SyntheticIdentifiersTest {

    @Test
    void theArithmeticCheckAgreesWithTheNhsNumberRuleForEverySerial() {
        int accepted = 0;
        for (int serial = 0; serial < 10_000_000; serial += 7) {
            boolean valid = NhsNumber.isValid("999" + String.format("%07d", serial));
            assertThat(SyntheticIdentifiers.checkDigitOk(serial)).as("999%07d", serial).isEqualTo(valid);
            if (valid) accepted++;
        }
        assertThat(accepted).as("about one serial in eleven is valid").isBetween(120_000, 140_000);
    }

    @Test
    void generatedNumbersAreValidTestRangeNumbers() {
        Random random = new Random(42);
        for (int i = 0; i < 1_000; i++) {
            String n = SyntheticIdentifiers.nhsNumber(random);
            assertThat(n).startsWith("999").hasSize(10);
            assertThat(NhsNumber.isValid(n)).isTrue();
        }
    }
}
