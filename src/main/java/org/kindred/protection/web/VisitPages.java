package org.kindred.protection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.protection.ChildProtectionPlan;
import org.kindred.protection.CpVisits;
import org.kindred.protection.NewVisit;
import org.kindred.protection.ProtectionPlans;
import org.kindred.shared.DateInput;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a visit to a child on an open plan. */
@Controller
class VisitPages {
    private final Clock clock;
    private final People people;
    private final ProtectionPlans plans;
    private final CpVisits visits;

    VisitPages(People people, ProtectionPlans plans, CpVisits visits, Clock clock) {
        this.clock = clock;
        this.people = people;
        this.plans = plans;
        this.visits = visits;
    }

    @GetMapping("/children/{id}/protection/plans/{planId}/visits/new")
    @CanRecordCases
    String form(@PathVariable long id, @PathVariable long planId, Model model) {
        ChildProtectionPlan plan = plan(id, planId);
        return form(model, ProtectionPages.child(people, id), plan,
                DateInput.filled("visitedOn", LocalDate.now(clock)), Map.of());
    }

    @PostMapping("/children/{id}/protection/plans/{planId}/visits")
    @CanRecordCases
    String record(@PathVariable long id, @PathVariable long planId, @RequestParam Map<String, String> form,
                  Model model, RedirectAttributes redirect) {
        Person child = ProtectionPages.child(people, id);
        ChildProtectionPlan plan = plan(id, planId);
        try {
            visits.record(planId, new NewVisit(DateInput.iso(form, "visitedOn"), form.get("seen"),
                    form.get("seenAlone"), form.get("visitedBy")));
            redirect.addFlashAttribute("done", "Visit recorded");
            return "redirect:/children/" + id + "/protection";
        } catch (InvalidInput e) {
            return form(model, child, plan, form, e.errors());
        }
    }

    private ChildProtectionPlan plan(long childId, long planId) {
        return plans.find(planId).filter(p -> p.childId() == childId).orElseThrow(() -> new NotFound("Plan"));
    }

    private String form(Model model, Person child, ChildProtectionPlan plan, Map<String, String> form,
                        Map<String, String> errors) {
        model.addAttribute("child", child);
        model.addAttribute("plan", plan);
        model.addAttribute("nextDue", CpVisits.nextDue(plan, visits.forPlan(plan.id())));
        model.addAttribute("form", new HashMap<>(form));
        model.addAttribute("errors", errors);
        model.addAttribute("yesNo", YesNoOption.values());
        return "protection/visit";
    }
}
