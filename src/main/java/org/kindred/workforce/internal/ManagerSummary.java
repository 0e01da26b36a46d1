package org.kindred.workforce.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kindred.access.Teams;
import org.kindred.allocation.Caseloads;
import org.kindred.workforce.ContinuityForecast;
import org.kindred.workforce.ManagerWorkforce;
import org.kindred.workforce.Staff;
import org.kindred.workforce.StaffMember;
import org.kindred.workforce.Supervisions;
import org.springframework.stereotype.Service;

/** The manager's workforce warnings for the teams they belong to. */
@Service
class ManagerSummary implements ManagerWorkforce {
    private static final int THIRD_SHOWN = 10;
    private final Teams teams;
    private final Staff staff;
    private final Caseloads caseloads;
    private final ContinuityForecast forecast;
    private final Supervisions supervisions;

    ManagerSummary(Teams teams, Staff staff, Caseloads caseloads, ContinuityForecast forecast,
                   Supervisions supervisions) {
        this.supervisions = supervisions;
        this.teams = teams;
        this.staff = staff;
        this.caseloads = caseloads;
        this.forecast = forecast;
    }

    @Override
    public Summary forManager(long userId, LocalDate today) {
        List<String> mine = teams.of(userId).stream().map(Teams.Team::name).toList();
        List<Leaver> leavers = new ArrayList<>();
        List<ContinuityForecast.ChildForecast> third = new ArrayList<>();
        List<Supervisions.Overdue> overdue = new ArrayList<>();
        for (String team : mine) {
            for (StaffMember s : staff.all()) {
                if (team.equals(s.team()) && s.leavingDate() != null
                        && !s.leavingDate().isAfter(today.plusMonths(WARN_MONTHS_BEFORE))
                        && s.leavingDate().isAfter(today.minusYears(1))) {
                    int children = caseloads.heldBy(List.of(s.userId())).size();
                    // Past leavers appear only while they still hold a child.
                    if (!s.leavingDate().isBefore(today) || children > 0) {
                        leavers.add(new Leaver(s.id(), s.displayName(), team, s.leavingDate(), children));
                    }
                }
            }
            forecast.forTeam(team, today).stream().filter(ContinuityForecast.ChildForecast::likelyThirdWorker)
                    .limit(THIRD_SHOWN - third.size()).forEach(third::add);
            overdue.addAll(supervisions.overdue(team, today));
        }
        return new Summary(leavers, third, overdue);
    }
}
