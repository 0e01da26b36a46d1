package org.kindred.protection;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatPlanTest {

    @Test
    void aFirstPlanIsNotARepeat() {
        assertThat(RepeatPlan.isRepeat(List.of())).isFalse();
        assertThat(RepeatPlan.withinTwoYears(of(2026, 4, 22), List.of())).isFalse();
    }

    @Test
    void anyEarlierPlanMakesARepeatHoweverLongAgo() {
        assertThat(RepeatPlan.isRepeat(List.of(of(2016, 1, 4)))).isTrue();
    }

    @Test
    void secondWithinTwoYearsOfThePreviousPlanEnding() {
        LocalDate start = of(2026, 4, 22);
        assertThat(RepeatPlan.withinTwoYears(start, List.of(of(2024, 4, 22)))).isTrue();
        assertThat(RepeatPlan.withinTwoYears(start, List.of(of(2024, 4, 21)))).isFalse();
        assertThat(RepeatPlan.withinTwoYears(start, List.of(of(2019, 1, 1), of(2025, 12, 24)))).isTrue();
    }

    @Test
    void anEarlierPlanStillOpenCountsAsWithinTwoYears() {
        assertThat(RepeatPlan.withinTwoYears(of(2026, 4, 22), Arrays.asList((LocalDate) null))).isTrue();
    }
}
