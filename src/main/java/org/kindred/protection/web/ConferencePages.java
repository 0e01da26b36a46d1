package org.kindred.protection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.protection.CategoryOfAbuse;
import org.kindred.protection.ChildProtectionPlan;
import org.kindred.protection.ConferenceDecision;
import org.kindred.protection.ConferenceType;
import org.kindred.protection.Conferences;
import org.kindred.protection.NewConference;
import org.kindred.protection.PlanEnding;
import org.kindred.protection.ProtectionPlans;
import org.kindred.protection.ProtectionRoles.CanChair;
import org.kindred.protection.Section47Enquiries;
import org.kindred.protection.Section47Enquiry;
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

/** The chair's forms: an initial or review conference, and ending a plan. */
@Controller
class ConferencePages {
    private final Clock clock;
    private final People people;
    private final Section47Enquiries enquiries;
    private final Conferences conferences;
    private final ProtectionPlans plans;

    ConferencePages(People people, Section47Enquiries enquiries, Conferences conferences, ProtectionPlans plans, Clock clock) {
        this.clock = clock;
        this.people = people;
        this.enquiries = enquiries;
        this.conferences = conferences;
        this.plans = plans;
    }

    @GetMapping("/children/{id}/protection/conferences/new")
    @CanChair
    String newConference(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        Map<String, String> form = DateInput.filled("heldOn", LocalDate.now(clock));
        form.put("type", params.get("type"));
        form.put("section47Id", params.get("section47Id"));
        form.put("planId", params.get("planId"));
        return form(model, ProtectionPages.child(people, id), form, Map.of());
    }

    @PostMapping("/children/{id}/protection/conferences")
    @CanChair
    String record(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                  RedirectAttributes redirect) {
        Person child = ProtectionPages.child(people, id);
        forThisChild(id, form);
        return FormPost.then(() -> {
            FormDates dates = new FormDates(form);
            var conference = new NewConference(form.get("type"), FormFields.id(form.get("section47Id")),
                    FormFields.id(form.get("planId")), dates.read("heldOn", "Date of the conference"), form.get("chair"),
                    form.get("attendees"), form.get("decision"), form.get("category"), form.get("endReason"));
            dates.then(() -> conferences.record(conference));
            redirect.addFlashAttribute("done", "Conference recorded");
        }, "/children/" + id + "/protection",
                errors -> form(model, child, form, errors));
    }

    /** The enquiry or plan named must be this child's: anything else is not found. */
    private void forThisChild(long childId, Map<String, String> form) {
        Long s47 = FormFields.id(form.get("section47Id"));
        Long plan = FormFields.id(form.get("planId"));
        boolean ok = s47 != null ? enquiries.find(s47).filter(e -> e.childId() == childId).isPresent()
                : plan != null && plans.find(plan).filter(p -> p.childId() == childId).isPresent();
        if (!ok) throw new NotFound("Section 47 enquiry or plan");
    }

    private String form(Model model, Person child, Map<String, String> form, Map<String, String> errors) {
        ConferenceType type = ConferenceType.fromName(form.get("type")).orElseThrow(() -> new NotFound("Conference type"));
        forThisChild(child.id(), form);
        Section47Enquiry enquiry = type == ConferenceType.INITIAL
                ? enquiries.find(FormFields.id(form.get("section47Id"))).orElse(null) : null;
        ChildProtectionPlan plan = type == ConferenceType.REVIEW
                ? plans.find(FormFields.id(form.get("planId"))).orElse(null) : null;
        model.addAttribute("child", child);
        model.addAttribute("type", type);
        model.addAttribute("enquiry", enquiry);
        model.addAttribute("plan", plan);
        model.addAttribute("form", new HashMap<>(form));
        model.addAttribute("errors", errors);
        model.addAttribute("decisions", Arrays.stream(ConferenceDecision.values()).filter(d -> d.type() == type).toList());
        model.addAttribute("categories", CategoryOfAbuse.values());
        return "protection/conference";
    }

    @GetMapping("/children/{id}/protection/plans/{planId}/end")
    @CanChair
    String endForm(@PathVariable long id, @PathVariable long planId, Model model) {
        return endForm(model, ProtectionPages.child(people, id), plan(id, planId),
                DateInput.filled("endDate", LocalDate.now(clock)), Map.of());
    }

    @PostMapping("/children/{id}/protection/plans/{planId}/end")
    @CanChair
    String end(@PathVariable long id, @PathVariable long planId, @RequestParam Map<String, String> form, Model model,
               RedirectAttributes redirect) {
        Person child = ProtectionPages.child(people, id);
        ChildProtectionPlan plan = plan(id, planId);
        return FormPost.then(() -> {
            FormDates dates = new FormDates(form);
            var ending = new PlanEnding(dates.read("endDate", "End date"), form.get("reason"));
            dates.then(() -> plans.end(planId, ending));
            redirect.addFlashAttribute("done", "Plan ended");
        }, "/children/" + id + "/protection",
                errors -> endForm(model, child, plan, form, errors));
    }

    private ChildProtectionPlan plan(long childId, long planId) {
        return plans.find(planId).filter(p -> p.childId() == childId).orElseThrow(() -> new NotFound("Plan"));
    }

    private String endForm(Model model, Person child, ChildProtectionPlan plan, Map<String, String> form,
                           Map<String, String> errors) {
        model.addAttribute("child", child);
        model.addAttribute("plan", plan);
        model.addAttribute("form", new HashMap<>(form));
        model.addAttribute("errors", errors);
        return "protection/end-plan";
    }
}
