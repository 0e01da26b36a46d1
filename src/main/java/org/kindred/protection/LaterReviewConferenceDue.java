package org.kindred.protection;

import java.time.LocalDate;

/**
 * After the first review, review conferences are held at intervals of not more than six months (Working Together
 * to Safeguard Children 2023, chapter 2, "the child protection review conference": "further reviews should be held
 * at intervals of not more than six months for as long as the child remains subject of a child protection plan").
 * Six calendar months from the previous review, clamped to the month's last day like {@link FirstReviewConferenceDue}.
 */
public final class LaterReviewConferenceDue {
    public static final int MONTHS = 6;

    private LaterReviewConferenceDue() {
    }

    public static LocalDate from(LocalDate previousReview) {
        return previousReview.plusMonths(MONTHS);
    }

    /**
     * The next review due for an open plan: three months after the initial conference until the first review is
     * held, then six months after the latest review.
     */
    public static LocalDate next(LocalDate initialConference, LocalDate latestReview) {
        return latestReview == null ? FirstReviewConferenceDue.from(initialConference) : from(latestReview);
    }
}
