package org.kindred.fostering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The funnel's clocks, on the working-day calendar of England and Wales. */
class FosteringClocksTest {
    static LocalDate d(String s) { return LocalDate.parse(s); }

    @Test
    void firstResponseIsDueTheNextWorkingDay() {
        assertThat(FirstResponseDue.from(d("2026-12-04"))).isEqualTo(d("2026-12-07")); // Friday -> Monday
        assertThat(FirstResponseDue.from(d("2026-12-24"))).isEqualTo(d("2026-12-29")); // over Christmas
    }

    @Test
    void stageOneClockStartsOnlyWhenAllFourChecksAreIn() {
        assertThat(StageOneDecisionDue.checksComplete(d("2026-01-05"), d("2026-01-09"), null, d("2026-01-07"))).isNull();
        LocalDate complete = StageOneDecisionDue.checksComplete(d("2026-01-05"), d("2026-01-09"), d("2026-01-06"),
                d("2026-01-07"));
        assertThat(complete).isEqualTo(d("2026-01-09"));
        assertThat(StageOneDecisionDue.from(complete)).isEqualTo(d("2026-01-23"));
        // Easter 2026: Good Friday 3 April and Easter Monday 6 April are not working days
        assertThat(StageOneDecisionDue.from(d("2026-03-27"))).isEqualTo(d("2026-04-14"));
    }

    @Test
    void stageTwoAndPanelAreCalendarMonths() {
        assertThat(StageTwoDue.from(d("2026-01-31"))).isEqualTo(d("2026-05-31"));
        assertThat(PanelDue.from(d("2026-06-30"))).isEqualTo(d("2027-02-28"));
    }

    @Test
    void agencyDecisionWithinSevenWorkingDaysOfPanel() {
        assertThat(DecisionDue.from(d("2026-12-21"))).isEqualTo(d("2027-01-04"));
        assertThat(DecisionDue.from(d("2026-03-02"))).isEqualTo(d("2026-03-11"));
    }

    @Test
    void annualReviewFromTheLaterOfApprovalAndLastReview() {
        assertThat(AnnualReviewDue.from(d("2024-05-01"), null)).isEqualTo(d("2025-05-01"));
        assertThat(AnnualReviewDue.from(d("2024-05-01"), d("2025-04-20"))).isEqualTo(d("2026-04-20"));
    }

    @Test
    void temporaryApprovalLastsSixteenWeeksWithOneExtensionOfUpToEight() {
        TemporaryApproval t = new TemporaryApproval(d("2026-01-05"), null);
        assertThat(t.end()).isEqualTo(d("2026-04-27"));
        assertThat(t.latestExtension()).isEqualTo(d("2026-06-22"));
        assertThat(t.extensionRefused(d("2026-06-22"))).isNull();
        assertThat(t.extensionRefused(d("2026-06-23"))).contains("at most 8 weeks");
        assertThat(t.extensionRefused(d("2026-04-27"))).contains("must end after");
        TemporaryApproval extended = new TemporaryApproval(d("2026-01-05"), d("2026-06-01"));
        assertThat(extended.end()).isEqualTo(d("2026-06-01"));
        assertThat(extended.extensionRefused(d("2026-06-10"))).contains("already been extended once");
    }

    @Test
    void temporaryApprovalAlertsFourWeeksAheadAndOnExpiry() {
        TemporaryApproval t = new TemporaryApproval(d("2026-01-05"), null);
        assertThat(t.alertOn(d("2026-03-29"))).isEqualTo(TemporaryApproval.Alert.NONE);
        assertThat(t.alertOn(d("2026-03-30"))).isEqualTo(TemporaryApproval.Alert.ENDING_SOON);
        assertThat(t.alertOn(d("2026-04-27"))).isEqualTo(TemporaryApproval.Alert.ENDING_SOON);
        assertThat(t.alertOn(d("2026-04-28"))).isEqualTo(TemporaryApproval.Alert.EXPIRED);
    }
}
