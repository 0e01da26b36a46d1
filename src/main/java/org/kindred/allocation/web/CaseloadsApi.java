package org.kindred.allocation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.kindred.access.CurrentUser;
import org.kindred.access.Teams;
import org.kindred.allocation.AllocationRoles.CanAllocate;
import org.kindred.allocation.CaseloadChild;
import org.kindred.allocation.Caseloads;
import org.kindred.allocation.WorkerCaseload;
import org.kindred.shared.AuditableAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in manager's teams with each worker's caseload (every team for an administrator). */
@RestController
@RequestMapping(path = "/api/v1/caseloads", produces = "application/json")
class CaseloadsApi {
    private final Clock clock;
    record TeamCaseloads(long teamId, String team, List<WorkerCaseload> workers) {
    }

    private final Teams teams;
    private final Caseloads caseloads;
    private final ApplicationEventPublisher events;

    CaseloadsApi(Teams teams, Caseloads caseloads, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.teams = teams;
        this.caseloads = caseloads;
        this.events = events;
    }

    @GetMapping
    @CanAllocate
    List<TeamCaseloads> mine() {
        CurrentUser user = CurrentUser.get();
        LocalDate today = LocalDate.now(clock);
        List<Teams.Team> list = user.administrator() ? teams.list() : teams.of(user.id());
        List<Teams.Member> members = teams.members(list.stream().map(Teams.Team::id).toList());
        List<CaseloadChild> children = caseloads.children(members.stream().filter(Teams.Member::worker)
                .map(Teams.Member::userId).distinct().toList(), today);
        events.publishEvent(new AuditableAction("LIST", "allocation", null, "caseloads of " + list.size() + " teams"));
        return list.stream().map(t -> new TeamCaseloads(t.id(), t.name(), caseloads.perWorker(
                members.stream().filter(m -> m.teamId() == t.id()).toList(), children))).toList();
    }
}
