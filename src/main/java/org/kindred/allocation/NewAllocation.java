package org.kindred.allocation;

import java.time.LocalDate;

/**
 * A manager's allocation of a child to a worker, as typed. The start date is today or earlier and
 * not before the current allocation started. A change of worker needs a {@link ChangeReason} code; a first
 * allocation has none.
 */
public record NewAllocation(Long workerId, LocalDate startDate, String reason) {
}
