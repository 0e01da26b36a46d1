package org.kindred.allocation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.kindred.access.CurrentUser;
import org.kindred.access.Teams;
import org.kindred.allocation.AllocationRoles.CanAllocate;
import org.kindred.allocation.CaseloadChild;
import org.kindred.allocation.Caseloads;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Caseloads for managers: their teams (every team for an administrator), and each team's workers and children. */
@Controller
class CaseloadPages {
    private final Clock clock;
    private final Teams teams;
    private final Caseloads caseloads;
    private final ApplicationEventPublisher events;

    CaseloadPages(Teams teams, Caseloads caseloads, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.teams = teams;
        this.caseloads = caseloads;
        this.events = events;
    }

    @GetMapping("/caseloads")
    @CanAllocate
    String teams(Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("teams", user.administrator() ? teams.list() : teams.of(user.id()));
        return "allocation/teams";
    }

    @GetMapping("/teams/{id}")
    @CanAllocate
    String team(@PathVariable long id, Model model) {
        Teams.Team team = teams.find(id).orElseThrow(() -> new NotFound("Team"));
        List<Teams.Member> workers = teams.members(List.of(id)).stream().filter(Teams.Member::worker).toList();
        List<CaseloadChild> children = caseloads.visibleNamed(caseloads.children(
                workers.stream().map(Teams.Member::userId).toList(), LocalDate.now(clock)));
        events.publishEvent(new AuditableAction("LIST", "allocation", null, "team " + id + " caseloads, "
                + children.size() + " children"));
        model.addAttribute("team", team);
        model.addAttribute("caseloads", caseloads.perWorker(workers, children));
        model.addAttribute("children", children);
        model.addAttribute("highlighted", children.stream().filter(CaseloadChild::highlighted).count());
        return "allocation/team";
    }
}
