package org.kindred.protection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.protection.ProtectionDueItem;
import org.kindred.protection.ProtectionRoles.CanChair;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.WorkingDays;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The team manager's view: conferences and core groups overdue or due in the next 10 working days. */
@Controller
class DuePages {
    private final Clock clock;
    static final int WORKING_DAYS_AHEAD = 10;
    static final int PAGE_SIZE = 50;
    private final RecentDue recent;
    private final People people;
    private final ApplicationEventPublisher events;

    DuePages(RecentDue recent, People people, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.recent = recent;
        this.people = people;
        this.events = events;
    }

    /** A row as shown: the item and the child's name. */
    public record Row(ProtectionDueItem item, String childName, long daysOverdue) {
    }

    @GetMapping("/protection/due")
    @CanChair
    String due(@RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = WorkingDays.england().plusWorkingDays(today, WORKING_DAYS_AHEAD);
        List<ProtectionDueItem> kept = recent.get(horizon);
        // Children the user may not see (restricted) are left out of the pages and the counts alike.
        java.util.Set<Long> hidden = people.hiddenAmong(kept.stream().map(ProtectionDueItem::childId).toList());
        List<ProtectionDueItem> all = hidden.isEmpty() ? kept : kept.stream().filter(d -> !hidden.contains(d.childId())).toList();
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(0, Math.min(page, pages - 1));
        List<ProtectionDueItem> shown = all.subList(p * PAGE_SIZE, Math.min(all.size(), (p + 1) * PAGE_SIZE));
        // One register read for the page's names.
        Map<Long, Person> children = people.findAll(shown.stream().map(ProtectionDueItem::childId).toList());
        List<Row> rows = shown.stream().filter(d -> children.containsKey(d.childId()))
                .map(d -> new Row(d, children.get(d.childId()).fullName(), d.daysOverdue(today))).toList();
        events.publishEvent(new AuditableAction("LIST", "protection_due", null,
                "page " + p + ", " + rows.size() + " shown"));
        model.addAttribute("rows", rows);
        model.addAttribute("overdue", all.stream().filter(d -> d.due().isBefore(today)).count());
        model.addAttribute("total", all.size());
        model.addAttribute("horizon", horizon);
        model.addAttribute("page", p);
        model.addAttribute("pages", pages);
        return "protection/due";
    }
}
