package org.kindred.allocation;

/** One worker's caseload: how many children, and how many of them are at a third change of worker or more. */
public record WorkerCaseload(long workerId, String workerName, String team, int children, int highlighted) {
}
