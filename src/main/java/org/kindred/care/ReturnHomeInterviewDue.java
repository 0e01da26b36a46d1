package org.kindred.care;

import java.time.Duration;
import java.time.Instant;

/**
 * A return home interview must be offered within 72 hours of a child returning from a missing episode (DfE,
 * statutory guidance on children who run away or go missing from home or care, January 2014, paragraph 47).
 * The clock runs in hours, not working days: weekends and bank holidays do not stop it.
 */
public final class ReturnHomeInterviewDue {
    public static final Duration WITHIN = Duration.ofHours(72);

    private ReturnHomeInterviewDue() {
    }

    public static Instant from(Instant missingEnded) {
        return missingEnded.plus(WITHIN);
    }

    /** Where the clock stands: not started while the child is missing, then open, met or missed. */
    public static RhiClock clock(Instant missingEnded, Instant offeredAt, Instant now) {
        if (missingEnded == null) return RhiClock.STILL_MISSING;
        Instant due = from(missingEnded);
        if (offeredAt != null) return offeredAt.isAfter(due) ? RhiClock.OFFERED_LATE : RhiClock.OFFERED_IN_TIME;
        return now.isAfter(due) ? RhiClock.OVERDUE : RhiClock.RUNNING;
    }

    public enum RhiClock {
        STILL_MISSING("Still missing", "govuk-tag--grey"), RUNNING("Offer due", "govuk-tag--yellow"),
        OVERDUE("Offer overdue", "govuk-tag--red"), OFFERED_IN_TIME("Offered in time", "govuk-tag--green"),
        OFFERED_LATE("Offered late", "govuk-tag--orange");

        private final String label;
        private final String tagClass;

        RhiClock(String label, String tagClass) {
            this.label = label;
            this.tagClass = tagClass;
        }

        public String label() { return label; }

        public String tagClass() { return tagClass; }
    }
}
