package org.kindred.protection;

import java.time.LocalDate;

/**
 * The first child protection review conference is held within three months of the initial conference (Working
 * Together to Safeguard Children 2023, chapter 2, "the child protection review conference": "the first child
 * protection review conference should be held within three months of the initial child protection conference").
 * Three calendar months: 22 April is due by 22 July; a day missing from the later month (30 November) gives that
 * month's last day (28 or 29 February), so the review is never later than three months.
 */
public final class FirstReviewConferenceDue {
    public static final int MONTHS = 3;

    private FirstReviewConferenceDue() {
    }

    public static LocalDate from(LocalDate initialConference) {
        return initialConference.plusMonths(MONTHS);
    }
}
