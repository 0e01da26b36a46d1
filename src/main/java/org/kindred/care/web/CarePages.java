package org.kindred.care.web;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CurrentUser;
import org.kindred.access.Role;
import org.kindred.care.CareDetails;
import org.kindred.care.CareRecords;
import org.kindred.care.CareRoles.CanRecordCare;
import org.kindred.care.CareRoles.CanRecordReviews;
import org.kindred.care.CheckKind;
import org.kindred.person.Address;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A looked-after child's care page: the SSDA903 episodes, what is due, the return home interview clock, and forms
 * to record events, missing episodes, reviews and visits. Each form's errors are named "form-field" (for example
 * "event-date") so the error summary links to the right field on a page with several forms.
 */
@Controller
class CarePages {
    private final Clock clock;
    private final CareRecords care;
    private final CareDetails details;
    private final People people;

    CarePages(CareRecords care, CareDetails details, People people, Clock clock) {
        this.clock = clock;
        this.care = care;
        this.details = details;
        this.people = people;
    }

    @GetMapping("/children/{id}/care")
    @CanReadCases
    String view(@PathVariable long id, Model model) {
        return page(id, model, Map.of());
    }

    @PostMapping("/children/{id}/care/events")
    @CanRecordCare
    String event(@PathVariable long id, @ModelAttribute("event") CareEventForm form, Model model, RedirectAttributes r) {
        return submit(id, "event", () -> care.record(id, form.toNewCareEvent()), "Event recorded", model, r);
    }

    @PostMapping("/children/{id}/care/missing")
    @CanRecordCare
    String missing(@PathVariable long id, @ModelAttribute("missing") MissingForm form, Model model, RedirectAttributes r) {
        return submit(id, "missing", () -> care.recordMissing(id, form.toNewMissingEpisode()), "Missing episode recorded", model, r);
    }

    @PostMapping("/children/{id}/care/reviews")
    @CanRecordReviews
    String review(@PathVariable long id, @ModelAttribute("review") ReviewForm form, Model model, RedirectAttributes r) {
        return submit(id, "review", () -> care.recordReview(id, form.date(), form.getParticipation()), "Review recorded", model, r);
    }

    @PostMapping("/children/{id}/care/visits")
    @CanRecordCare
    String visit(@PathVariable long id, @ModelAttribute("visit") HeldForm form, Model model, RedirectAttributes r) {
        return submit(id, "visit", () -> care.recordVisit(id, form.date()), "Visit recorded", model, r);
    }

    @PostMapping("/children/{id}/care/checks")
    @CanRecordCare
    String check(@PathVariable long id, @ModelAttribute("check") CheckForm form, Model model, RedirectAttributes r) {
        return submit(id, "check", () -> details.recordCheck(id, form.toNewCheck()), "Recorded", model, r);
    }

    @PostMapping("/children/{id}/care/uasc")
    @CanRecordCare
    String uasc(@PathVariable long id, @ModelAttribute("uasc") UascForm form, Model model, RedirectAttributes r) {
        return submit(id, "uasc", () -> details.recordUasc(id, form.toNewUasc()), "UASC details recorded", model, r);
    }

    private String submit(long id, String form, Supplier<?> action, String done, Model model, RedirectAttributes r) {
        try {
            action.get();
            r.addFlashAttribute("done", done);
            return "redirect:/children/" + id + "/care";
        } catch (InvalidInput e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach((field, message) -> errors.put(form + "-" + field, message));
            return page(id, model, errors);
        }
    }

    private String page(long id, Model model, Map<String, String> errors) {
        CurrentUser user = CurrentUser.get();
        boolean records = user.has(Role.SOCIAL_WORKER) || user.has(Role.TEAM_MANAGER) || user.administrator();
        model.addAttribute("care", care.find(id));
        // The child's current address, for each placement's distance from home (the register audits the read).
        model.addAttribute("distances", new PlacementDistances(people.find(id).map(Person::address)
                .map(Address::postcode).orElse(null)));
        model.addAttribute("details", details.find(id));
        model.addAttribute("checkKinds", CheckKind.values());
        model.addAttribute("participations", org.kindred.care.ReviewParticipation.values());
        model.addAttribute("now", clock.instant());
        model.addAttribute("errors", errors);
        model.addAttribute("canRecord", records);
        model.addAttribute("canReview", records || user.has(Role.CONFERENCE_CHAIR));
        if (!model.containsAttribute("uasc")) model.addAttribute("uasc", new UascForm());
        for (String form : new String[] {"event", "missing", "review", "visit", "check"}) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, form.equals("event") ? new CareEventForm()
                        : form.equals("missing") ? new MissingForm() : form.equals("check") ? new CheckForm()
                        : form.equals("review") ? new ReviewForm() : new HeldForm());
            }
        }
        EventCodes.addTo(model);
        return "care/view";
    }
}
