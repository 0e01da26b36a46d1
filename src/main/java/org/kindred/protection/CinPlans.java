package org.kindred.protection;

import java.time.LocalDate;

import java.util.List;
import java.util.Optional;

/** Child in need plans; a child has at most one open at a time. Reads and changes are audited. */
public interface CinPlans {
    /** Starts a plan: the start date, not in the future. */
    CinPlan start(Long childId, LocalDate startDate);

    /** Records a review of an open plan: its date, on or after the start (and the latest review), not in the future. */
    CinPlan review(long id, LocalDate heldOn);

    /** Ends an open plan: the end date, not before the start nor the last review nor in the future; a reason. */
    CinPlan end(long id, LocalDate endDate, String reason);

    Optional<CinPlan> find(long id);

    /** The child's plans, newest first. */
    List<CinPlan> forChild(long childId);
}
