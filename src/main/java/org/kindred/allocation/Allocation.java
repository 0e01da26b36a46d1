package org.kindred.allocation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One worker's time holding a child: from the start date until the next worker started (endDate null while
 * current). changeReason is the SW_REASON code when this allocation replaced another worker.
 */
public record Allocation(long id, long childId, long workerId, String workerName, LocalDate startDate,
                         LocalDate endDate, String changeReason, String changeReasonLabel, Instant createdAt,
                         String createdBy) {

    public boolean current() { return endDate == null; }
}
