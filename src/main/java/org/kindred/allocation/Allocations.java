package org.kindred.allocation;

import java.util.Optional;

/**
 * Allocation of children to workers by team managers. Each allocation publishes {@link WorkerAllocated}, a
 * chronology entry and an audit entry in the same transaction; bad input changes nothing.
 */
public interface Allocations {
    /** Allocates (or reallocates) the child; throws InvalidInput with field errors. */
    Allocation allocate(long childId, NewAllocation allocation);

    /** The child's allocations; empty when the child does not exist or is hidden from the user. Audited. */
    Optional<ChildAllocations> forChild(long childId);
}
