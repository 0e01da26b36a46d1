package org.kindred.protection;

import java.time.LocalDate;

/**
 * Child in need plan reviews: the first within three months of the plan starting, then at least every three months.
 * A local policy, not a national rule: Working Together to Safeguard Children 2023 (chapter 2, "children in need")
 * asks that a child in need plan is reviewed regularly but sets no interval; three months is common in English
 * authorities' procedures; confirm it with the authority. Calendar months, clamped to the month's last day.
 */
public final class CinPlanReviewSchedule {
    public static final int MONTHS = 3;

    private CinPlanReviewSchedule() {
    }

    /** @param latestReview the latest review held, or null when none yet */
    public static LocalDate nextDue(LocalDate start, LocalDate latestReview) {
        return (latestReview != null && latestReview.isAfter(start) ? latestReview : start).plusMonths(MONTHS);
    }
}
