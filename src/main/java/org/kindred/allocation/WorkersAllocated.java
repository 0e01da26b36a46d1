package org.kindred.allocation;

import java.util.List;

/**
 * Many allocations recorded at once (the demo county's years of history), in the order they were made, published in
 * the same transaction. A listener does what it would do for each {@link WorkerAllocated} in turn, but in one go:
 * thousands of single events cost a round trip to the database each.
 *
 * @param allocations each allocation, oldest first
 */
public record WorkersAllocated(List<WorkerAllocated> allocations) {
    public WorkersAllocated {
        allocations = List.copyOf(allocations);
    }
}
