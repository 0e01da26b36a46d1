package org.kindred.protection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.frontdoor.Assessments;
import org.kindred.frontdoor.Referrals;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.protection.Conferences;
import org.kindred.protection.FgcOutcome;
import org.kindred.protection.NewSosMapping;
import org.kindred.protection.PracticeModels;
import org.kindred.shared.DateInput;
import org.kindred.shared.FormPost;
import org.kindred.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Signs of Safety mapping form and the family group conference referral and outcome forms. */
@Controller
class PracticePages {
    private final Clock clock;
    private final People people;
    private final PracticeModels practice;
    private final Referrals referrals;
    private final Assessments assessments;
    private final Conferences conferences;

    PracticePages(People people, PracticeModels practice, Referrals referrals, Assessments assessments,
                  Conferences conferences, Clock clock) {
        this.clock = clock;
        this.people = people;
        this.practice = practice;
        this.referrals = referrals;
        this.assessments = assessments;
        this.conferences = conferences;
    }

    @GetMapping("/children/{id}/protection/signs-of-safety/new")
    @CanRecordCases
    String newMapping(@PathVariable long id, Model model) {
        return sosForm(model, ProtectionPages.child(people, id),
                DateInput.filled("mappedOn", LocalDate.now(clock)), Map.of());
    }

    @PostMapping("/children/{id}/protection/signs-of-safety")
    @CanRecordCases
    String map(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Person child = ProtectionPages.child(people, id);
        String attach = form.getOrDefault("attachTo", "");
        Long assessment = attach.startsWith("assessment-") ? FormFields.id(attach.substring(11)) : null;
        Long conference = attach.startsWith("conference-") ? FormFields.id(attach.substring(11)) : null;
        try {
            if (!attachable(id).stream().anyMatch(o -> o.name().equals(attach))) {
                throw InvalidInput.of("attachTo", "Select the assessment or the conference the mapping belongs to");
            }
            FormDates dates = new FormDates(form);
            var mapping = new NewSosMapping(assessment, conference, dates.read("mappedOn", "Date of the mapping"),
                    form.get("worries"), form.get("workingWell"), form.get("needsToHappen"),
                    form.get("dangerStatements"), form.get("safetyGoals"), form.get("scaling"));
            dates.then(() -> practice.map(mapping));
            redirect.addFlashAttribute("done", "Signs of Safety mapping recorded");
            return "redirect:/children/" + id + "/protection";
        } catch (InvalidInput e) {
            return sosForm(model, child, form, e.errors());
        }
    }

    /** The child's assessments (through the front door's API) and conferences. */
    private List<Option> attachable(long childId) {
        List<Option> options = new ArrayList<>();
        referrals.forChild(childId).forEach(r -> assessments.forReferral(r.id()).ifPresent(a -> options.add(
                new Option("assessment-" + a.id(), "Single assessment started " + ProtectionText.date(a.startDate())))));
        conferences.forChild(childId).forEach(c -> options.add(new Option("conference-" + c.id(),
                c.type().label() + " on " + ProtectionText.date(c.heldOn()))));
        return options;
    }

    private String sosForm(Model model, Person child, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("child", child);
        model.addAttribute("form", new HashMap<>(form));
        model.addAttribute("errors", errors);
        model.addAttribute("attachable", attachable(child.id()));
        return "protection/sos";
    }

    @GetMapping("/children/{id}/protection/family-group-conferences/new")
    @CanRecordCases
    String newReferral(@PathVariable long id, Model model) {
        return fgcForm(model, ProtectionPages.child(people, id),
                DateInput.filled("referredOn", LocalDate.now(clock)), Map.of(), null);
    }

    @PostMapping("/children/{id}/protection/family-group-conferences")
    @CanRecordCases
    String refer(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                 RedirectAttributes redirect) {
        Person child = ProtectionPages.child(people, id);
        return FormPost.then(() -> {
            FormDates dates = new FormDates(form);
            LocalDate on = dates.read("referredOn", "Date of the referral");
            dates.then(() -> practice.refer(id, on, form.get("reason")));
            redirect.addFlashAttribute("done", "Family group conference referral recorded");
        }, "/children/" + id + "/protection",
                errors -> fgcForm(model, child, form, errors, null));
    }

    @GetMapping("/children/{id}/protection/family-group-conferences/{fgcId}/outcome")
    @CanRecordCases
    String outcomeForm(@PathVariable long id, @PathVariable long fgcId, Model model) {
        return fgcForm(model, ProtectionPages.child(people, id),
                DateInput.filled("outcomeOn", LocalDate.now(clock)), Map.of(), fgcId);
    }

    @PostMapping("/children/{id}/protection/family-group-conferences/{fgcId}/outcome")
    @CanRecordCases
    String outcome(@PathVariable long id, @PathVariable long fgcId, @RequestParam Map<String, String> form,
                   Model model, RedirectAttributes redirect) {
        Person child = ProtectionPages.child(people, id);
        try {
            if (practice.familyGroupConferencesFor(id).stream().noneMatch(f -> f.id() == fgcId)) {
                throw new org.kindred.shared.NotFound("Family group conference referral");
            }
            FormDates dates = new FormDates(form);
            LocalDate on = dates.read("outcomeOn", "Date of the outcome");
            dates.then(() -> practice.recordOutcome(fgcId, form.get("outcome"), on));
            redirect.addFlashAttribute("done", "Family group conference outcome recorded");
            return "redirect:/children/" + id + "/protection";
        } catch (InvalidInput e) {
            return fgcForm(model, child, form, e.errors(), fgcId);
        }
    }

    private String fgcForm(Model model, Person child, Map<String, String> form, Map<String, String> errors,
                           Long fgcId) {
        model.addAttribute("child", child);
        model.addAttribute("form", new HashMap<>(form));
        model.addAttribute("errors", errors);
        model.addAttribute("fgcId", fgcId);
        model.addAttribute("outcomes", FgcOutcome.values());
        return "protection/fgc";
    }
}
