package org.kindred.care.web;

import org.kindred.shared.time.UkTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.kindred.care.CareOverview;
import org.kindred.care.CareRoles.CanOverseeCare;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.kindred.shared.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The team manager's view of children in care: stability, missing now, and what is overdue. */
@Controller
class CareOverviewPage {
    private final CareOverview overview;
    private final org.kindred.person.People people;
    private final Clock clock;

    CareOverviewPage(CareOverview overview, org.kindred.person.People people, Optional<Clock> clock) {
        this.overview = overview;
        this.people = people;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @GetMapping("/care/overview")
    @CanOverseeCare
    String view(Model model) {
        CareOverview.Summary summary = overview.on(UkTime.today(clock));
        model.addAttribute("overview", summary);
        // Children by name, not by number: one read of the names of the children shown.
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        people.findAll(summary.sections().stream().flatMap(s -> s.rows().stream()).map(CareOverview.Row::childId)
                .distinct().toList()).forEach((id, p) -> names.put(id, p.fullName()));
        model.addAttribute("names", names);
        return "care/overview";
    }

    /** One list in full, paged: "Statutory visits overdue" has more children than the overview shows. */
    @GetMapping("/care/overview/{list}")
    @CanOverseeCare
    String list(@PathVariable String list, @RequestParam(defaultValue = "0") int page, Model model) {
        CareOverview.Section section = overview.section(list, UkTime.today(clock), Math.max(page, 0))
                .orElseThrow(() -> new NotFound("List"));
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        people.findAll(section.rows().stream().map(CareOverview.Row::childId).distinct().toList())
                .forEach((id, p) -> names.put(id, p.fullName()));
        model.addAttribute("section", section);
        model.addAttribute("names", names);
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pages", (section.total() + CareOverview.PAGE_SIZE - 1) / CareOverview.PAGE_SIZE);
        return "care/overview-list";
    }
}
