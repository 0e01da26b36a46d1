package org.kindred.allocation;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Social workers a child had in the last 12 months: every worker whose allocation overlaps the window, counted once
 * however often they came back. The DfE's stability measure for children looked after (and Kindred's care overview)
 * counts children with three or more social workers in the year, so a child is highlighted at their third worker,
 * i.e. the second change, not the third ({@link ChangesOfSocialWorker} still counts the changes).
 */
public final class SocialWorkersInYear {
    /** The number of workers at which a child is highlighted on caseloads, "My work" and the child's page. */
    public static final int HIGHLIGHT_FROM = 3;

    private SocialWorkersInYear() {
    }

    /** How many distinct workers held the child at some time in the 12 months up to and including {@code today}. */
    public static int count(Collection<Allocation> history, LocalDate today) {
        LocalDate from = ChangesOfSocialWorker.windowStart(today);
        return (int) history.stream()
                .filter(a -> !a.startDate().isAfter(today) && (a.endDate() == null || !a.endDate().isBefore(from)))
                .mapToLong(Allocation::workerId).distinct().count();
    }

    public static boolean highlighted(int workersInLast12Months) {
        return workersInLast12Months >= HIGHLIGHT_FROM;
    }
}
