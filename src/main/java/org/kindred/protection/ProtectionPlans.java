package org.kindred.protection;

import java.util.List;
import java.util.Optional;

/** Child protection plans, made by an initial conference. Reads and changes are audited. */
public interface ProtectionPlans {
    Optional<ChildProtectionPlan> find(long id);

    /** The child's plans, newest first. */
    List<ChildProtectionPlan> forChild(long childId);

    /** Only for chairs, team managers and administrators ({@link ProtectionRoles.CanChair}). */
    ChildProtectionPlan end(long id, PlanEnding ending);
}
