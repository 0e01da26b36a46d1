package org.kindred.frontdoor.web;

import org.kindred.shared.time.UkTime;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.util.function.Function;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.frontdoor.AssessmentSteps;
import org.kindred.frontdoor.Assessments;
import org.kindred.frontdoor.Contact;
import org.kindred.frontdoor.ContactDecisionDue;
import org.kindred.frontdoor.Contacts;
import org.kindred.frontdoor.Referral;
import org.kindred.frontdoor.Referrals;
import org.kindred.shared.DateInput;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The single assessment's later steps on the contact page: child seen, outcome, a manager's authorisation. */
@Controller
class AssessmentPages {
    private final Clock clock;
    private final Assessments assessments;
    private final Referrals referrals;
    private final Contacts contacts;
    private final ContactPage page;

    AssessmentPages(Assessments assessments, Referrals referrals, Contacts contacts, ContactPage page, Clock clock) {
        this.clock = clock;
        this.assessments = assessments;
        this.referrals = referrals;
        this.contacts = contacts;
        this.page = page;
    }

    @PostMapping("/front-door/referrals/{id}/assessment/child-seen")
    @CanRecordCases
    String childSeen(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return step(id, form, model, r, "Child seen recorded", problems -> {
            var seen = new AssessmentSteps.ChildSeen(date(form, problems, "seenOn", "The date the child was seen"),
                    date(form, problems, "seenAloneOn", "The date the child was seen alone"));
            return problems.alongside(() -> assessments.recordChildSeen(id, seen), "seenOn", "seenAloneOn");
        });
    }

    @PostMapping("/front-door/referrals/{id}/assessment/outcome")
    @CanRecordCases
    String outcome(@PathVariable long id, @RequestParam Map<String, String> form,
                   @RequestParam(name = "factors", required = false) String[] factors, Model model, RedirectAttributes r) {
        List<String> codes = factors == null ? List.of() : Arrays.asList(factors);
        Map<String, String> kept = new HashMap<>(form);
        kept.put("factors", String.join(",", codes));
        return step(id, kept, model, r, "Assessment completed", problems -> {
            LocalDate completed = date(form, problems, "completedOn", "The completion date");
            return problems.alongside(() -> assessments.conclude(id,
                    new AssessmentSteps.Conclusion(codes, form.get("outcome"), completed)));
        });
    }

    @PostMapping("/front-door/referrals/{id}/assessment/authorisation")
    @CanRecordCases
    String authorise(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return step(id, form, model, r, "Assessment authorised", problems -> {
            LocalDate on = date(form, problems, "authorisedOn", "The authorisation date");
            return problems.alongside(() -> assessments.authorise(id, new AssessmentSteps.Authorisation(on)));
        });
    }

    private static LocalDate date(Map<String, String> form, Problems problems, String name, String label) {
        return DateInput.from(form, name).read(problems, name, label);
    }

    /** Runs a step with the problems its form's date inputs are read into; nothing is changed when it is refused. */
    private String step(long id, Map<String, String> form, Model model, RedirectAttributes redirect, String done,
                        Function<Problems, ?> action) {
        Referral referral = referrals.find(id).orElseThrow(() -> new NotFound("Referral"));
        try {
            action.apply(new Problems());
            redirect.addFlashAttribute("assessmentStep", done);
            return "redirect:/front-door/contacts/" + referral.contactId() + "#assessment";
        } catch (InvalidInput e) {
            Contact contact = contacts.find(referral.contactId()).orElseThrow(() -> new NotFound("Contact"));
            Map<String, String> steps = page.freshSteps();
            steps.putAll(form);
            return page.render(model, contact, DecisionForm.receivedOn(contact.receivedAt()
                    .atZone(UkTime.ZONE).toLocalDate()), AssessmentForm.today(clock), steps, e.errors());
        }
    }
}
