package org.kindred.frontdoor.web;

import org.kindred.shared.time.UkTime;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.frontdoor.Assessments;
import org.kindred.frontdoor.Consent;
import org.kindred.frontdoor.Contact;
import org.kindred.frontdoor.ContactDecisionDue;
import org.kindred.frontdoor.Contacts;
import org.kindred.frontdoor.Decision;
import org.kindred.frontdoor.NewAssessment;
import org.kindred.frontdoor.NewContact;
import org.kindred.frontdoor.FrontDoorRoles.CanAuthorise;
import org.kindred.frontdoor.FrontDoorRoles.CanDecide;
import org.kindred.frontdoor.Referral;
import org.kindred.frontdoor.ReferralSource;
import org.kindred.frontdoor.Referrals;
import org.kindred.person.People;
import org.kindred.person.RegisterSearch;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The front-door (MASH) pages: the queue, recording a contact, and deciding on it. */
@Controller
class FrontDoorPages {
    private final Clock clock;
    private final Contacts contacts;
    private final Referrals referrals;
    private final Assessments assessments;
    private final People people;
    private final RegisterSearch search;
    private final ContactPage page;

    FrontDoorPages(Contacts contacts, Referrals referrals, Assessments assessments, People people,
                   RegisterSearch search, ContactPage page, Clock clock) {
        this.search = search;
        this.clock = clock;
        this.page = page;
        this.contacts = contacts;
        this.referrals = referrals;
        this.assessments = assessments;
        this.people = people;
    }

    @GetMapping("/front-door")
    @CanReadCases
    String queue(@RequestParam(defaultValue = "1") int page, Model model) {
        org.kindred.frontdoor.QueuePage queue = contacts.openPage(page);
        model.addAttribute("queue", queue);
        model.addAttribute("contacts", queue.contacts());
        model.addAttribute("awaiting", contacts.awaitingAuthorisation());
        model.addAttribute("now", clock.instant());
        return "frontdoor/queue";
    }

    @GetMapping("/front-door/contacts/new")
    @CanRecordCases
    String form(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String childId,
                Model model) {
        // The same search as "Is this child known to us?": through typos, nicknames and changed surnames.
        if (!name.isBlank()) {
            try {
                model.addAttribute("candidates", search.search(name, 10));
            } catch (RegisterSearch.Starting e) {
                model.addAttribute("starting", true);
            }
        }
        model.addAttribute("name", name);
        return form(model, ContactForm.now(childId, clock), Map.of());
    }

    @PostMapping("/front-door/contacts")
    @CanRecordCases
    String record(@ModelAttribute ContactForm form, Model model, RedirectAttributes redirect) {
        try {
            Problems problems = new Problems();
            NewContact contact = form.toNewContact(problems);
            Contact created = problems.alongside(() -> contacts.record(contact));
            redirect.addFlashAttribute("recorded", true);
            return "redirect:/front-door/contacts/" + created.id();
        } catch (InvalidInput e) {
            model.addAttribute("name", "");
            return form(model, form, e.errors());
        }
    }

    /**
     * The child is picked by search, never typed: the chosen child is named above the form, and a problem with the
     * child is shown on the search box, where the worker puts it right.
     */
    private String form(Model model, ContactForm form, Map<String, String> errors) {
        String chosen = form.getChildId();
        if (chosen != null && !chosen.isBlank()) {
            people.find(parse(chosen)).ifPresent(p -> model.addAttribute("child", p));
        }
        Map<String, String> shown = new LinkedHashMap<>();
        errors.forEach((field, message) -> shown.put("childId".equals(field) ? "name" : field,
                "childId".equals(field) ? "Search for the child and select them, or add a new child" : message));
        model.addAttribute("form", form);
        model.addAttribute("errors", shown);
        model.addAttribute("sources", ReferralSource.values());
        model.addAttribute("consents", Consent.values());
        return "frontdoor/new";
    }

    @GetMapping("/front-door/contacts/{id}")
    @CanReadCases
    String view(@PathVariable long id, Model model) {
        Contact contact = contacts.find(id).orElseThrow(() -> new NotFound("Contact"));
        return view(model, contact, DecisionForm.receivedOn(contact.receivedAt().atZone(UkTime.ZONE)
                .toLocalDate()), AssessmentForm.today(clock), Map.of());
    }

    @PostMapping("/front-door/contacts/{id}/decision")
    @CanDecide
    String decide(@PathVariable long id, @ModelAttribute DecisionForm form, Model model, RedirectAttributes redirect) {
        try {
            Problems problems = new Problems();
            Decision decision = form.toDecision(problems);
            problems.alongside(() -> contacts.decide(id, decision));
            redirect.addFlashAttribute("decided", true);
            return "redirect:/front-door/contacts/" + id;
        } catch (InvalidInput e) {
            Contact contact = contacts.find(id).orElseThrow(() -> new NotFound("Contact"));
            return view(model, contact, form, AssessmentForm.today(clock), e.errors());
        }
    }

    @PostMapping("/front-door/contacts/{id}/information-requests")
    @CanDecide
    String requestInformation(@PathVariable long id, @RequestParam(defaultValue = "") String agency,
                              @RequestParam(defaultValue = "") String question, Model model,
                              RedirectAttributes redirect) {
        try {
            contacts.requestInformation(id, agency, question);
            redirect.addFlashAttribute("requested", true);
            return "redirect:/front-door/contacts/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("agency", agency);
            model.addAttribute("question", question);
            return reshow(id, model, e.errors());
        }
    }

    @PostMapping("/front-door/contacts/{id}/information-requests/{requestId}/response")
    @CanDecide
    String recordResponse(@PathVariable long id, @PathVariable long requestId,
                          @RequestParam(defaultValue = "") String response, Model model, RedirectAttributes redirect) {
        try {
            contacts.recordResponse(id, requestId, response);
            redirect.addFlashAttribute("answered", true);
            return "redirect:/front-door/contacts/" + id;
        } catch (InvalidInput e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach((k, v) -> errors.put(k + "-" + requestId, v));
            model.addAttribute("response", response);
            return reshow(id, model, errors);
        }
    }

    private String reshow(long id, Model model, Map<String, String> errors) {
        Contact contact = contacts.find(id).orElseThrow(() -> new NotFound("Contact"));
        return view(model, contact, DecisionForm.receivedOn(contact.receivedAt().atZone(UkTime.ZONE)
                .toLocalDate()), AssessmentForm.today(clock), errors);
    }

    @PostMapping("/front-door/contacts/{id}/authorisation")
    @CanAuthorise
    String authorise(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            contacts.authorise(id);
            redirect.addFlashAttribute("authorised", true);
            return "redirect:/front-door/contacts/" + id;
        } catch (InvalidInput e) {
            Contact contact = contacts.find(id).orElseThrow(() -> new NotFound("Contact"));
            return view(model, contact, new DecisionForm(), AssessmentForm.today(clock), e.errors());
        }
    }

    @PostMapping("/front-door/referrals/{id}/assessment")
    @CanRecordCases
    String startAssessment(@PathVariable long id, @ModelAttribute AssessmentForm form, Model model,
                           RedirectAttributes redirect) {
        Referral referral = referrals.find(id).orElseThrow(() -> new NotFound("Referral"));
        try {
            Problems problems = new Problems();
            NewAssessment assessment = form.toNewAssessment(problems);
            problems.alongside(() -> assessments.start(id, assessment));
            redirect.addFlashAttribute("started", true);
            return "redirect:/front-door/contacts/" + referral.contactId();
        } catch (InvalidInput e) {
            Contact contact = contacts.find(referral.contactId()).orElseThrow(() -> new NotFound("Contact"));
            return view(model, contact, new DecisionForm(), form, e.errors());
        }
    }

    private String view(Model model, Contact contact, DecisionForm form, AssessmentForm assessmentForm,
                        Map<String, String> errors) {
        return page.render(model, contact, form, assessmentForm, null, errors);
    }

    /** A child's referrals, newest first, with re-referral and assessment due date; linked from the child's page. */
    @GetMapping("/front-door/children/{childId}/referrals")
    @CanReadCases
    String childReferrals(@PathVariable long childId, Model model) {
        model.addAttribute("child", people.find(childId).orElseThrow(() -> new NotFound("Child")));
        java.util.List<Referral> list = referrals.forChild(childId);
        Map<Long, org.kindred.frontdoor.Assessment> started = new java.util.HashMap<>();
        list.forEach(r -> assessments.forReferral(r.id()).ifPresent(a -> started.put(r.id(), a)));
        model.addAttribute("referrals", list);
        model.addAttribute("assessments", started);
        model.addAttribute("today", java.time.LocalDate.now(clock));
        return "frontdoor/referrals";
    }

    private static long parse(String id) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
