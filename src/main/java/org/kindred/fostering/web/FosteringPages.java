package org.kindred.fostering.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kindred.fostering.ApprovalType;
import org.kindred.fostering.Enquiries;
import org.kindred.fostering.EnquiryStep;
import org.kindred.fostering.FosteringRoles.CanRecruitCarers;
import org.kindred.fostering.Households;
import org.kindred.fostering.NewEnquiry;
import org.kindred.fostering.Step;
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

/** The fostering officer's pages: open enquiries on their clocks, recording an enquiry, and each step to approval. */
@Controller
class FosteringPages {
    private final Enquiries enquiries;
    private final Households households;
    private final Clock clock;

    FosteringPages(Enquiries enquiries, Households households, Optional<Clock> clock) {
        this.enquiries = enquiries;
        this.households = households;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @GetMapping("/fostering")
    @CanRecruitCarers
    String home(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("enquiries", enquiries.open(null, 200));
        model.addAttribute("ending", households.temporaryApprovalsEnding(today));
        return "fostering/home";
    }

    @GetMapping("/fostering/enquiries/new")
    @CanRecruitCarers
    String newEnquiry(Model model) {
        return newPage(model, DateInput.filled("receivedOn", LocalDate.now(clock)), Map.of());
    }

    @PostMapping("/fostering/enquiries")
    @CanRecruitCarers
    String record(@RequestParam Map<String, String> form, Model model) {
        try {
            long id = enquiries.record(new NewEnquiry(form.get("name"), form.get("email"), form.get("phone"),
                    form.get("postcode"), form.get("campaign"), form.get("heardVia"), form.get("source"),
                    Forms.yes(form, "consentToContact"), Forms.yes(form, "connectedPerson"),
                    Forms.date(form, "receivedOn"))).id();
            return "redirect:/fostering/enquiries/" + id;
        } catch (InvalidInput e) {
            return newPage(model, form, e.errors());
        }
    }

    private String newPage(Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("campaigns", enquiries.campaigns());
        return "fostering/new-enquiry";
    }

    @GetMapping("/fostering/enquiries/{id}")
    @CanRecruitCarers
    String view(@PathVariable long id, Model model) {
        return viewPage(id, model, DateInput.filled("date", LocalDate.now(clock)), Map.of());
    }

    @PostMapping("/fostering/enquiries/{id}/steps")
    @CanRecruitCarers
    String step(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return FormPost.then(() -> {
            EnquiryStep step = new EnquiryStep(form.get("step"), Forms.date(form, "date"), form.get("recommendation"),
                    Forms.yes(form, "approve"), form.get("reason"), form.get("approvalType"), Forms.integer(form, "ageMin"),
                    Forms.integer(form, "ageMax"), Forms.integer(form, "places"), form.get("householdName"),
                    Forms.id(form, "childId"));
            enquiries.step(id, step);
            r.addFlashAttribute("done", Step.valueOf(step.step().trim().toUpperCase()).label() + " recorded");
        }, "/fostering/enquiries/" + id,
                errors -> viewPage(id, model, form, new LinkedHashMap<>(errors)));
    }

    private String viewPage(long id, Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("enquiry", enquiries.find(id));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", ApprovalType.values());
        return "fostering/enquiry";
    }
}
