package org.kindred.allocation;

import java.time.LocalDate;

/** A child on a worker's caseload now, with the changes of social worker and the workers in the last 12 months. */
public record CaseloadChild(long childId, String childName, long workerId, String workerName, LocalDate since,
                            int changesInLast12Months, int workersInLast12Months) {

    public boolean highlighted() { return SocialWorkersInYear.highlighted(workersInLast12Months); }

    /** The register name copied at allocation, or the Kindred id when none was recorded (bulk demo data). */
    public String displayName() { return childName != null ? childName : "Child " + childId; }
}
