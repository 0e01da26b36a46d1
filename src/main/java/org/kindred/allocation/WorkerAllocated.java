package org.kindred.allocation;

import java.time.LocalDate;

/**
 * A child was allocated to a social worker (a first allocation or a change), published in the same transaction.
 * The care module keeps its social worker episodes (SSDA903 SWEpisodes) from it.
 *
 * @param childId the child in the person register
 * @param workerId the user id of the newly allocated worker
 * @param workerName the worker's display name
 * @param from the date the allocation starts
 * @param changeReason the DfE reason code for a change of social worker, or null for a first allocation
 */
public record WorkerAllocated(long childId, long workerId, String workerName, LocalDate from, String changeReason) {
}
