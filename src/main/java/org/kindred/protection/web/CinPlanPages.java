package org.kindred.protection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.protection.CinPlan;
import org.kindred.protection.CinPlans;
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

/** A child's child in need plans: start, reviews with the next one due, and the end with its reason. */
@Controller
class CinPlanPages {
    private final Clock clock;
    private final People people;
    private final CinPlans plans;

    CinPlanPages(People people, CinPlans plans, Clock clock) {
        this.clock = clock;
        this.people = people;
        this.plans = plans;
    }

    @GetMapping("/children/{id}/cin-plans")
    @CanReadCases
    String page(@PathVariable long id, Model model) {
        Map<String, String> form = DateInput.filled("startDate", LocalDate.now(clock));
        form.putAll(DateInput.filled("heldOn", LocalDate.now(clock)));
        return page(model, ProtectionPages.child(people, id), form, Map.of());
    }

    @PostMapping("/children/{id}/cin-plans")
    @CanRecordCases
    String start(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return act(id, form, model, r, "Child in need plan started",
                dates -> plans.start(id, dates.read("startDate", "Start date")));
    }

    @PostMapping("/children/{id}/cin-plans/{planId}/reviews")
    @CanRecordCases
    String review(@PathVariable long id, @PathVariable long planId, @RequestParam Map<String, String> form,
                  Model model, RedirectAttributes r) {
        return act(id, form, model, r, "Review recorded",
                dates -> plans.review(own(id, planId), dates.read("heldOn", "Date of the review")));
    }

    @PostMapping("/children/{id}/cin-plans/{planId}/end")
    @CanRecordCases
    String end(@PathVariable long id, @PathVariable long planId, @RequestParam Map<String, String> form,
               Model model, RedirectAttributes r) {
        return act(id, form, model, r, "Child in need plan ended",
                dates -> plans.end(own(id, planId), dates.read("endDate", "End date"), form.get("reason")));
    }

    private String act(long id, Map<String, String> form, Model model, RedirectAttributes r, String done,
                       Function<FormDates, CinPlan> action) {
        Person child = ProtectionPages.child(people, id);
        return FormPost.then(() -> {
            FormDates dates = new FormDates(form);
            dates.then(() -> action.apply(dates));
            r.addFlashAttribute("done", done);
        }, "/children/" + id + "/cin-plans",
                errors -> page(model, child, form, errors));
    }

    private long own(long childId, long planId) {
        return plans.find(planId).filter(p -> p.childId() == childId).map(CinPlan::id)
                .orElseThrow(() -> new NotFound("Child in need plan"));
    }

    private String page(Model model, Person child, Map<String, String> form, Map<String, String> errors) {
        List<CinPlan> all = plans.forChild(child.id());
        model.addAttribute("child", child);
        model.addAttribute("plan", all.stream().filter(CinPlan::open).findFirst().orElse(null));
        model.addAttribute("pastPlans", all.stream().filter(p -> !p.open()).toList());
        model.addAttribute("form", new HashMap<>(form));
        model.addAttribute("errors", errors);
        model.addAttribute("canRecord", Roles.canRecord());
        return "protection/cin-plans";
    }
}
