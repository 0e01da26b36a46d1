package org.kindred.protection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.protection.ChildProtectionPlan;
import org.kindred.protection.CinPlans;
import org.kindred.protection.Conferences;
import org.kindred.protection.CpVisit;
import org.kindred.protection.CpVisits;
import org.kindred.protection.NewSection47Enquiry;
import org.kindred.protection.NewStrategyDiscussion;
import org.kindred.protection.PracticeModels;
import org.kindred.protection.ProtectionPlans;
import org.kindred.protection.Section47Enquiries;
import org.kindred.protection.Section47Enquiry;
import org.kindred.protection.Section47Outcome;
import org.kindred.protection.StrategyDecision;
import org.kindred.protection.StrategyDiscussion;
import org.kindred.protection.StrategyDiscussions;
import org.kindred.protection.StrategyRoute;
import org.kindred.shared.DateInput;
import org.kindred.shared.FormPost;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's protection page, and the strategy discussion and section 47 forms. */
@Controller
class ProtectionPages {
    private final Clock clock;
    private final People people;
    private final StrategyDiscussions discussions;
    private final Section47Enquiries enquiries;
    private final Conferences conferences;
    private final ProtectionPlans plans;
    private final CpVisits visits;
    private final CinPlans cinPlans;
    private final PracticeModels practice;
    private final StatusTimeline timeline;

    ProtectionPages(People people, StrategyDiscussions discussions, Section47Enquiries enquiries,
                    Conferences conferences, ProtectionPlans plans, CpVisits visits, CinPlans cinPlans,
                    PracticeModels practice, StatusTimeline timeline, Clock clock) {
        this.clock = clock;
        this.visits = visits;
        this.cinPlans = cinPlans;
        this.practice = practice;
        this.timeline = timeline;
        this.people = people;
        this.discussions = discussions;
        this.enquiries = enquiries;
        this.conferences = conferences;
        this.plans = plans;
    }

    @GetMapping("/children/{id}/protection")
    @CanReadCases
    String overview(@PathVariable long id, Model model) {
        model.addAttribute("child", child(people, id));
        List<ChildProtectionPlan> all = plans.forChild(id);
        ChildProtectionPlan open = all.stream().filter(ChildProtectionPlan::open).findFirst().orElse(null);
        model.addAttribute("plan", open);
        List<CpVisit> planVisits = open == null ? List.of() : visits.forPlan(open.id());
        model.addAttribute("visits", planVisits);
        model.addAttribute("nextVisitDue", open == null ? null : CpVisits.nextDue(open, planVisits));
        model.addAttribute("timeline", timeline.of(id, all, cinPlans.forChild(id)));
        model.addAttribute("mappings", practice.mappingsFor(id));
        model.addAttribute("fgcs", practice.familyGroupConferencesFor(id));
        model.addAttribute("pastPlans", all.stream().filter(p -> !p.open()).toList());
        model.addAttribute("discussions", discussions.forChild(id));
        List<Section47Enquiry> started = enquiries.forChild(id);
        model.addAttribute("enquiries", started);
        model.addAttribute("startedFrom", started.stream().map(Section47Enquiry::strategyDiscussionId)
                .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("conferences", conferences.forChild(id));
        model.addAttribute("canRecord", Roles.canRecord());
        model.addAttribute("canChair", Roles.canChair());
        return "protection/child";
    }

    @GetMapping("/children/{id}/protection/strategy-discussions/new")
    @CanRecordCases
    String newDiscussion(@PathVariable long id, Model model) {
        return discussionForm(model, child(people, id), DateInput.filled("heldOn", LocalDate.now(clock)), Map.of());
    }

    @PostMapping("/children/{id}/protection/strategy-discussions")
    @CanRecordCases
    String recordDiscussion(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                            RedirectAttributes redirect) {
        Person child = child(people, id);
        return FormPost.then(() -> {
            FormDates dates = new FormDates(form);
            var discussion = new NewStrategyDiscussion(id, dates.read("heldOn", "Date of the strategy discussion"),
                    form.get("route"), form.get("agencies"), form.get("information"), form.get("decision"));
            dates.then(() -> discussions.record(discussion));
            redirect.addFlashAttribute("done", "Strategy discussion recorded");
        }, "/children/" + id + "/protection",
                errors -> discussionForm(model, child, form, errors));
    }

    private String discussionForm(Model model, Person child, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("child", child);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("routes", StrategyRoute.values());
        model.addAttribute("decisions", StrategyDecision.values());
        return "protection/strategy";
    }

    @GetMapping("/children/{id}/protection/section47-enquiries/new")
    @CanRecordCases
    String newEnquiry(@PathVariable long id, @RequestParam(defaultValue = "") String strategyDiscussionId, Model model) {
        Map<String, String> form = DateInput.filled("startDate", LocalDate.now(clock));
        form.put("strategyDiscussionId", strategyDiscussionId);
        return enquiryForm(model, child(people, id), form, Map.of());
    }

    @PostMapping("/children/{id}/protection/section47-enquiries")
    @CanRecordCases
    String startEnquiry(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                        RedirectAttributes redirect) {
        Person child = child(people, id);
        try {
            Long sd = FormFields.id(form.get("strategyDiscussionId"));
            if (sd != null && discussions.forChild(id).stream().noneMatch(d -> d.id() == sd)) {
                throw InvalidInput.of("strategyDiscussionId", "Select the strategy discussion that started the enquiry");
            }
            FormDates dates = new FormDates(form);
            var enquiry = new NewSection47Enquiry(sd, dates.read("startDate", "Start date"),
                    dates.read("childSeenOn", "Date the child was seen"), form.get("outcome"),
                    dates.read("outcomeOn", "Date of the outcome"));
            dates.then(() -> enquiries.start(enquiry), "childSeenOn", "outcomeOn");
            redirect.addFlashAttribute("done", "Section 47 enquiry recorded");
            return "redirect:/children/" + id + "/protection";
        } catch (InvalidInput e) {
            return enquiryForm(model, child, form, e.errors());
        }
    }

    private String enquiryForm(Model model, Person child, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("child", child);
        model.addAttribute("form", new HashMap<>(form));
        model.addAttribute("errors", errors);
        model.addAttribute("discussions", section47Discussions(child.id()));
        model.addAttribute("outcomes", Section47Outcome.values());
        return "protection/section47";
    }

    /** Discussions that decided on a section 47 enquiry and have not yet started one. */
    private List<StrategyDiscussion> section47Discussions(long childId) {
        java.util.Set<Long> used = enquiries.forChild(childId).stream().map(Section47Enquiry::strategyDiscussionId)
                .collect(java.util.stream.Collectors.toSet());
        return discussions.forChild(childId).stream().filter(d -> d.decision() == StrategyDecision.SECTION_47)
                .filter(d -> !used.contains(d.id())).toList();
    }

    static Person child(People people, long id) {
        return people.find(id).orElseThrow(() -> new NotFound("Child"));
    }
}
