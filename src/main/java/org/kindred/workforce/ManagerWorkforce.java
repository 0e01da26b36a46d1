package org.kindred.workforce;

import java.time.LocalDate;
import java.util.List;

/**
 * What a team manager's "My work" shows from the workforce: leavers whose children must be reallocated (from a month
 * before the leaving date, and after it while any child is still held), and children likely to reach a third social
 * worker this year, and
 * supervision overdue.
 */
public interface ManagerWorkforce {
    int WARN_MONTHS_BEFORE = 1;

    record Leaver(long staffId, String name, String team, LocalDate leavingDate, int children) {
    }

    /** @param supervisionOverdue case holders in the manager's teams whose supervision is overdue by the policy */
    record Summary(List<Leaver> leavers, List<ContinuityForecast.ChildForecast> likelyThird,
                   List<Supervisions.Overdue> supervisionOverdue) {
    }

    Summary forManager(long userId, LocalDate today);
}
