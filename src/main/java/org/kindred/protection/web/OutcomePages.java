package org.kindred.protection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.protection.Section47Enquiries;
import org.kindred.protection.Section47Enquiry;
import org.kindred.protection.Section47Outcome;
import org.kindred.protection.Section47Result;
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

/** Recording how a section 47 enquiry ended. */
@Controller
class OutcomePages {
    private final Clock clock;
    private final People people;
    private final Section47Enquiries enquiries;

    OutcomePages(People people, Section47Enquiries enquiries, Clock clock) {
        this.clock = clock;
        this.people = people;
        this.enquiries = enquiries;
    }

    @GetMapping("/children/{id}/protection/section47-enquiries/{enquiryId}/outcome")
    @CanRecordCases
    String form(@PathVariable long id, @PathVariable long enquiryId, Model model) {
        return form(model, ProtectionPages.child(people, id), enquiry(id, enquiryId),
                DateInput.filled("outcomeOn", LocalDate.now(clock)), Map.of());
    }

    @PostMapping("/children/{id}/protection/section47-enquiries/{enquiryId}/outcome")
    @CanRecordCases
    String record(@PathVariable long id, @PathVariable long enquiryId, @RequestParam Map<String, String> form,
                  Model model, RedirectAttributes redirect) {
        Person child = ProtectionPages.child(people, id);
        Section47Enquiry enquiry = enquiry(id, enquiryId);
        return FormPost.then(() -> {
            FormDates dates = new FormDates(form);
            var result = new Section47Result(form.get("outcome"), dates.read("outcomeOn", "Date of the outcome"),
                    dates.read("childSeenOn", "Date the child was seen"));
            dates.then(() -> enquiries.conclude(enquiryId, result), "childSeenOn");
            redirect.addFlashAttribute("done", "Outcome recorded");
        }, "/children/" + id + "/protection",
                errors -> form(model, child, enquiry, form, errors));
    }

    private Section47Enquiry enquiry(long childId, long enquiryId) {
        return enquiries.find(enquiryId).filter(e -> e.childId() == childId)
                .orElseThrow(() -> new NotFound("Section 47 enquiry"));
    }

    private String form(Model model, Person child, Section47Enquiry enquiry, Map<String, String> form,
                        Map<String, String> errors) {
        model.addAttribute("child", child);
        model.addAttribute("enquiry", enquiry);
        model.addAttribute("form", new HashMap<>(form));
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", Section47Outcome.values());
        return "protection/outcome";
    }
}
