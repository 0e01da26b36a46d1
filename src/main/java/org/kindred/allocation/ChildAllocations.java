package org.kindred.allocation;

import java.util.List;

/** Who holds a child now, how often the worker changed in the last 12 months, and the history, newest first. */
public record ChildAllocations(long childId, Allocation current, int changesInLast12Months,
                               int workersInLast12Months, boolean highlighted, List<Allocation> history) {
}
