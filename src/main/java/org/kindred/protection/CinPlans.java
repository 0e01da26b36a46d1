package org.kindred.protection;

import java.util.List;
import java.util.Optional;

/** Child in need plans; a child has at most one open at a time. Reads and changes are audited. */
public interface CinPlans {
    /** Starts a plan: ISO start date, not in the future. */
    CinPlan start(Long childId, String startDate);

    /** Records a review of an open plan: ISO date, on or after the start (and the latest review), not in the future. */
    CinPlan review(long id, String heldOn);

    /** Ends an open plan: ISO end date, not before the start nor the last review nor in the future; a reason. */
    CinPlan end(long id, String endDate, String reason);

    Optional<CinPlan> find(long id);

    /** The child's plans, newest first. */
    List<CinPlan> forChild(long childId);
}
