package org.kindred.allocation;

/**
 * A manager's allocation of a child to a worker, as typed. The start date is ISO yyyy-mm-dd, today or earlier and
 * not before the current allocation started. A change of worker needs a {@link ChangeReason} code; a first
 * allocation has none.
 */
public record NewAllocation(Long workerId, String startDate, String reason) {
}
