package org.kindred.protection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.person.People;
import org.kindred.protection.ChildProtectionPlan;
import org.kindred.protection.CoreGroups;
import org.kindred.protection.CpVisits;
import org.kindred.protection.NewCoreGroup;
import org.kindred.protection.NewVisit;
import org.kindred.protection.ProtectionPlans;
import org.kindred.shared.DateInput;
import org.kindred.shared.FormPost;
import org.kindred.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording what happens on an open plan: core group meetings and visits to the child. */
@Controller
class PlanMeetingPages {
    private static final String PLAN = "/children/{id}/protection/plans/{planId}";
    private final Clock clock;
    private final People people;
    private final ProtectionPlans plans;
    private final CoreGroups coreGroups;
    private final CpVisits visits;

    PlanMeetingPages(People people, ProtectionPlans plans, CoreGroups coreGroups, CpVisits visits, Clock clock) {
        this.clock = clock;
        this.people = people;
        this.plans = plans;
        this.coreGroups = coreGroups;
        this.visits = visits;
    }

    @GetMapping(PLAN + "/core-groups/new")
    @CanRecordCases
    String coreGroupForm(@PathVariable long id, @PathVariable long planId, Model model) {
        return page("core-group", id, planId, DateInput.filled("heldOn", LocalDate.now(clock)), Map.of(), model);
    }

    @PostMapping(PLAN + "/core-groups")
    @CanRecordCases
    String recordCoreGroup(@PathVariable long id, @PathVariable long planId, @RequestParam Map<String, String> form,
                           Model model, RedirectAttributes redirect) {
        return record(id, planId, () -> {
            FormDates dates = new FormDates(form);
            var meeting = new NewCoreGroup(dates.read("heldOn", "Date of the meeting"), form.get("attendees"),
                    dates.read("nextDue", "Next meeting"));
            dates.then(() -> coreGroups.record(planId, meeting), "nextDue");
        }, "Core group meeting recorded",
                errors -> page("core-group", id, planId, form, errors, model), redirect);
    }

    @GetMapping(PLAN + "/visits/new")
    @CanRecordCases
    String visitForm(@PathVariable long id, @PathVariable long planId, Model model) {
        return page("visit", id, planId, DateInput.filled("visitedOn", LocalDate.now(clock)), Map.of(), model);
    }

    @PostMapping(PLAN + "/visits")
    @CanRecordCases
    String recordVisit(@PathVariable long id, @PathVariable long planId, @RequestParam Map<String, String> form,
                       Model model, RedirectAttributes redirect) {
        return record(id, planId, () -> {
            FormDates dates = new FormDates(form);
            var visit = new NewVisit(dates.read("visitedOn", "Date of the visit"), form.get("seen"),
                    form.get("seenAlone"), form.get("visitedBy"));
            dates.then(() -> visits.record(planId, visit));
        }, "Visit recorded",
                errors -> page("visit", id, planId, form, errors, model), redirect);
    }

    /** Records a step of the child's open plan, or shows its form again with the field errors. */
    private String record(long id, long planId, Runnable step, String done,
                          Function<Map<String, String>, String> again, RedirectAttributes redirect) {
        ProtectionPages.child(people, id);
        plan(id, planId);
        return FormPost.then(() -> {
            step.run();
            redirect.addFlashAttribute("done", done);
        }, "/children/" + id + "/protection", again);
    }

    private ChildProtectionPlan plan(long childId, long planId) {
        return plans.find(planId).filter(p -> p.childId() == childId).orElseThrow(() -> new NotFound("Plan"));
    }

    private String page(String view, long id, long planId, Map<String, String> form, Map<String, String> errors,
                        Model model) {
        model.addAttribute("child", ProtectionPages.child(people, id));
        ChildProtectionPlan plan = plan(id, planId);
        model.addAttribute("plan", plan);
        model.addAttribute("form", new HashMap<>(form));
        model.addAttribute("errors", errors);
        if (view.equals("visit")) {
            model.addAttribute("nextDue", CpVisits.nextDue(plan, visits.forPlan(plan.id())));
            model.addAttribute("yesNo", YesNoOption.values());
        }
        return "protection/" + view;
    }
}
