package org.kindred.earlyhelp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kindred.earlyhelp.InterventionOutcomes.FollowUp;

/** What the records show after the end: only closed windows count, and each outcome is read inside its window. */
class LaterRecordsTest {
    private static final LocalDate END = LocalDate.of(2025, 6, 1);

    @Test
    void countsOutcomesInsideTheWindowAndLeavesOpenWindowsOut() {
        LaterRecords later = new LaterRecords(
                Map.of(1L, List.of(END.plusMonths(3)), 2L, List.of(END.plusMonths(8))),
                Map.of(2L, List.of(END.plusMonths(9))),
                Map.of(3L, List.of(new LaterRecords.InCare(END.plusMonths(2), null)),
                        4L, List.of(new LaterRecords.InCare(END.minusMonths(1), END.plusMonths(1)))));
        List<LaterRecords.Start> starts = List.of(new LaterRecords.Start(1, END), new LaterRecords.Start(2, END),
                new LaterRecords.Start(3, END), new LaterRecords.Start(4, END), new LaterRecords.Start(5, END.plusMonths(10)));
        LocalDate today = END.plusMonths(13);

        FollowUp six = later.count("helped", 6, starts, today);
        assertThat(six.due()).isEqualTo(4);
        assertThat(six.reReferred()).isEqualTo(1);
        assertThat(six.cpPlan()).isZero();
        assertThat(six.cameIntoCare()).isEqualTo(1);
        assertThat(six.stillAtHome()).isEqualTo(3);
        assertThat(six.percent(six.stillAtHome())).isEqualTo(75);

        FollowUp twelve = later.count("helped", 12, starts, today);
        assertThat(twelve.due()).isEqualTo(4);
        assertThat(twelve.reReferred()).isEqualTo(2);
        assertThat(twelve.cpPlan()).isEqualTo(1);
        assertThat(later.describe(new LaterRecords.Start(5, END.plusMonths(10)), 6, today)).startsWith("Not yet");
        assertThat(later.describe(new LaterRecords.Start(3, END), 6, today)).isEqualTo("In care");
        assertThat(later.describe(new LaterRecords.Start(2, END), 12, today)).isEqualTo("Still at home, re-referred, CP plan");
    }

    @Test
    void theAssessmentClockCountsWorkingDaysAndIsConfigurable() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        assertThat(new EarlyHelpAssessmentDue(45).due(monday)).isEqualTo(LocalDate.of(2026, 5, 7));
        assertThat(new EarlyHelpAssessmentDue(5).due(monday)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void percentilesAreNearestRank() {
        assertThat(JdbcOutcomes.percentile(List.of(1L, 2L, 3L, 4L, 10L), 50)).isEqualTo(3);
        assertThat(JdbcOutcomes.percentile(List.of(1L, 2L, 3L, 4L, 10L), 90)).isEqualTo(10);
        assertThat(JdbcOutcomes.percentile(List.of(), 50)).isNull();
    }
}
