package org.kindred.protection;

import java.time.LocalDate;
import java.util.List;

/** Visits to children on child protection plans. Reads and changes are audited. */
public interface CpVisits {
    CpVisit record(long planId, NewVisit visit);

    /** The plan's visits, newest first; empty when the plan does not exist or is hidden from the user. */
    List<CpVisit> forPlan(long planId);

    /** The next visit due for an open plan ({@link CpVisitSchedule}), from the plan's visits. */
    static LocalDate nextDue(ChildProtectionPlan plan, List<CpVisit> visits) {
        LocalDate lastSeen = visits.stream().filter(CpVisit::seen).map(CpVisit::visitedOn)
                .max(LocalDate::compareTo).orElse(null);
        return plan.open() ? CpVisitSchedule.nextDue(plan.icpcDate(), lastSeen) : null;
    }
}
