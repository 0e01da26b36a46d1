package org.kindred.frontdoor;

import java.time.LocalDate;
import org.kindred.shared.WorkingDays;

/**
 * A single assessment must be completed within 45 working days of the referral (Working Together to
 * Safeguard Children 2023, chapter 1 and chapter 2, "the maximum timeframe for the assessment to conclude
 * ... should be within 45 working days from the point of referral"). The referral day itself is not counted;
 * weekends and the bank holidays of England and Wales are excluded ({@link WorkingDays}).
 */
public final class AssessmentDue {
    public static final int WORKING_DAYS = 45;

    private AssessmentDue() {
    }

    /** The last day on which the assessment is in time. */
    public static LocalDate from(LocalDate referralDate) {
        return WorkingDays.england().plusWorkingDays(referralDate, WORKING_DAYS);
    }

    /** True when the assessment is not complete and its due date has passed. */
    public static boolean overdue(LocalDate referralDate, LocalDate completed, LocalDate today) {
        LocalDate due = from(referralDate);
        return completed == null ? today.isAfter(due) : completed.isAfter(due);
    }
}
