package org.kindred.workforce;

import java.time.LocalDate;
import java.util.List;

/**
 * What a team manager's "My work" shows from the workforce: leavers whose children must be reallocated (from a month
 * before the leaving date, and after it while any child is still held), and children likely to reach a third social
 * worker this year.
 */
public interface ManagerWorkforce {
    int WARN_MONTHS_BEFORE = 1;

    record Leaver(long staffId, String name, String team, LocalDate leavingDate, int children) {
    }

    record Summary(List<Leaver> leavers, List<ContinuityForecast.ChildForecast> likelyThird) {
    }

    Summary forManager(long userId, LocalDate today);
}
