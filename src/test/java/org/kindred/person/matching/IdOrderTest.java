package org.kindred.person.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdOrderTest {

    @Test
    void wholeNumbersCompareAsNumbersAndOtherIdsAsText() {
        assertThat(IdOrder.compare("9", "10")).isNegative();
        assertThat(IdOrder.compare("rec-10-org", "rec-9-org")).isNegative();
        assertThat(new MatchedPair("10", "9", 0.99).ordered()).isEqualTo(new MatchedPair("9", "10", 0.99));
    }
}
