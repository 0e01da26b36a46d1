package org.kindred.care;

import java.time.LocalDate;
import java.util.List;
import org.kindred.shared.WorkingDays;

/**
 * When the next looked-after review is due (Care Planning, Placement and Case Review (England) Regulations 2010,
 * reg. 33): the first within 20 working days of the child coming into care, the second within 3 months of the
 * first, then at intervals of not more than 6 months. Each interval runs from the review actually held, so a late
 * review moves the next one with it. Working days exclude weekends and bank holidays ({@link WorkingDays}).
 */
public final class LookedAfterReviewSchedule {
    public static final int FIRST_REVIEW_WORKING_DAYS = 20;

    private LookedAfterReviewSchedule() {
    }

    public static LocalDate firstDue(LocalDate cameIntoCare) {
        return WorkingDays.england().plusWorkingDays(cameIntoCare, FIRST_REVIEW_WORKING_DAYS);
    }

    /**
     * @param cameIntoCare the start of the current period of care
     * @param reviewsHeld the dates of the reviews held in this period, in any order
     */
    public static LocalDate nextDue(LocalDate cameIntoCare, List<LocalDate> reviewsHeld) {
        if (reviewsHeld.isEmpty()) return firstDue(cameIntoCare);
        LocalDate last = reviewsHeld.stream().max(LocalDate::compareTo).orElseThrow();
        return reviewsHeld.size() == 1 ? last.plusMonths(3) : last.plusMonths(6);
    }
}
