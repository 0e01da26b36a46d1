package org.kindred.fostering;

import java.time.LocalDate;

/**
 * A foster carer's approval is reviewed at intervals of not more than a year (Fostering Services (England)
 * Regulations 2011, reg. 28(2)): due a year after the last review, or after approval when there has been none.
 */
public final class AnnualReviewDue {
    private AnnualReviewDue() {
    }

    public static LocalDate from(LocalDate approved, LocalDate lastReview) {
        LocalDate base = lastReview != null && lastReview.isAfter(approved) ? lastReview : approved;
        return base.plusYears(1);
    }
}
