package org.kindred.protection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.protection.ChildProtectionPlan;
import org.kindred.protection.CoreGroups;
import org.kindred.protection.NewCoreGroup;
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

/** Recording a core group meeting of an open plan. */
@Controller
class CoreGroupPages {
    private final Clock clock;
    private final People people;
    private final ProtectionPlans plans;
    private final CoreGroups coreGroups;

    CoreGroupPages(People people, ProtectionPlans plans, CoreGroups coreGroups, Clock clock) {
        this.clock = clock;
        this.people = people;
        this.plans = plans;
        this.coreGroups = coreGroups;
    }

    @GetMapping("/children/{id}/protection/plans/{planId}/core-groups/new")
    @CanRecordCases
    String form(@PathVariable long id, @PathVariable long planId, Model model) {
        return form(model, ProtectionPages.child(people, id), plan(id, planId),
                DateInput.filled("heldOn", LocalDate.now(clock)), Map.of());
    }

    @PostMapping("/children/{id}/protection/plans/{planId}/core-groups")
    @CanRecordCases
    String record(@PathVariable long id, @PathVariable long planId, @RequestParam Map<String, String> form,
                  Model model, RedirectAttributes redirect) {
        Person child = ProtectionPages.child(people, id);
        ChildProtectionPlan plan = plan(id, planId);
        try {
            coreGroups.record(planId, new NewCoreGroup(DateInput.iso(form, "heldOn"), form.get("attendees"),
                    DateInput.iso(form, "nextDue")));
            redirect.addFlashAttribute("done", "Core group meeting recorded");
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
        model.addAttribute("form", new HashMap<>(form));
        model.addAttribute("errors", errors);
        return "protection/core-group";
    }
}
