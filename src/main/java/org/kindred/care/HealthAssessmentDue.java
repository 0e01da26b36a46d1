package org.kindred.care;

import java.time.LocalDate;
import java.time.Period;
import org.kindred.shared.WorkingDays;

/**
 * When a looked-after child's health assessment is due (Care Planning, Placement and Case Review (England)
 * Regulations 2010, reg. 7 and Schedule 1; statutory guidance "Promoting the health and well-being of looked-after
 * children", 2015): the initial assessment in time for the first review, so within 20 working days of coming into
 * care; then a review of the health plan at least every 6 months before the child's fifth birthday and at least
 * every 12 months from it. The interval is chosen by the child's age on the day of the last assessment:
 * a child assessed at 4 years and 11 months is next seen within 6 months.
 */
public final class HealthAssessmentDue {
    private HealthAssessmentDue() {
    }

    public static LocalDate initialDue(LocalDate cameIntoCare) {
        return WorkingDays.england().plusWorkingDays(cameIntoCare, LookedAfterReviewSchedule.FIRST_REVIEW_WORKING_DAYS);
    }

    /**
     * @param lastAssessment the last assessment in this period of care, or null if none yet
     */
    public static LocalDate nextDue(LocalDate cameIntoCare, LocalDate dateOfBirth, LocalDate lastAssessment) {
        if (lastAssessment == null) return initialDue(cameIntoCare);
        boolean underFive = Period.between(dateOfBirth, lastAssessment).getYears() < 5;
        return underFive ? lastAssessment.plusMonths(6) : lastAssessment.plusMonths(12);
    }
}
