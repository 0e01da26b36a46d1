package org.kindred.allocation;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Changes of social worker in the last 12 months: each allocation after a child's first counts as one change,
 * on the day the new worker started. Too many changes is one of the failings inspectors name most often (DfE,
 * children looked after statistics: 27% of children in care had three or more social workers in 2024). The flag
 * follows the DfE's count of workers ({@link SocialWorkersInYear}); the changes are shown beside it. A change dated
 * exactly 12 months ago still counts.
 */
public final class ChangesOfSocialWorker {
    private ChangesOfSocialWorker() {
    }

    /** The first day of the 12-month window ending {@code today}. */
    public static LocalDate windowStart(LocalDate today) {
        return today.minusMonths(12);
    }

    /** How many of the change dates fall within the 12 months up to and including {@code today}. */
    public static int inLast12Months(Collection<LocalDate> changeDates, LocalDate today) {
        LocalDate from = windowStart(today);
        return (int) changeDates.stream().filter(d -> !d.isBefore(from) && !d.isAfter(today)).count();
    }

}
