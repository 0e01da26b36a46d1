package org.kindred.care;

import java.time.LocalDate;

/**
 * A care leaver's pathway plan is reviewed at least every 6 months (Care Leavers (England) Regulations 2010,
 * reg. 7(2), and Care Planning, Placement and Case Review (England) Regulations 2010 for eligible children still
 * looked after). The interval runs from the last review, or from the plan itself when none has been held.
 */
public final class PathwayPlanReviewDue {
    public static final int MONTHS = 6;

    private PathwayPlanReviewDue() {
    }

    /** @param lastReviewOrPlan the date of the last review, or of the plan when it has not yet been reviewed */
    public static LocalDate from(LocalDate lastReviewOrPlan) {
        return lastReviewOrPlan.plusMonths(MONTHS);
    }

    public static boolean overdue(LocalDate lastReviewOrPlan, LocalDate today) {
        return today.isAfter(from(lastReviewOrPlan));
    }
}
