package org.kindred.recruitment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.access.UserView;
import org.kindred.access.Users;
import org.kindred.recruitment.Applicants;
import org.kindred.recruitment.Campaigns;
import org.kindred.recruitment.NewApplicant;
import org.kindred.recruitment.NewCampaign;
import org.kindred.recruitment.NewVacancy;
import org.kindred.recruitment.RecruitmentRoles.CanRecruitStaff;
import org.kindred.shared.DateInput;
import org.kindred.shared.FormPost;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.Problems;
import org.kindred.shared.time.UkTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Campaigns: opening one with its leader, its vacancies, and its applicants with the leader's contact clock. */
@Controller
@RequiredArgsConstructor
class RecruitmentPages {
    private final Campaigns campaigns;
    private final Applicants applicants;
    private final Users users;
    private final Clock clock;

    /** A choice in a select: name() is the value, label() the text. */
    record Choice(String name, String label) {
    }

    @GetMapping("/recruitment")
    @CanRecruitStaff
    String home(Model model) {
        model.addAttribute("campaigns", campaigns.list());
        return "recruitment/home";
    }

    @GetMapping("/recruitment/campaigns/new")
    @CanRecruitStaff
    String newCampaign(Model model) {
        return campaignForm(model, new HashMap<>(DateInput.filled("opensOn", UkTime.today(clock))), Map.of());
    }

    @PostMapping("/recruitment/campaigns")
    @CanRecruitStaff
    String create(@RequestParam Map<String, String> form, Model model) {
        try {
            Problems problems = new Problems();
            LocalDate opens = DateInput.from(form, "opensOn").read(problems, "opensOn", "The date the campaign opens");
            LocalDate closes = DateInput.from(form, "closesOn").read(problems, "closesOn", "The date the campaign closes");
            long id = problems.alongside(() -> campaigns.create(new NewCampaign(form.get("name"), form.get("leader"), opens, closes))).id();
            return "redirect:/recruitment/campaigns/" + id;
        } catch (InvalidInput e) {
            return campaignForm(model, form, e.errors());
        }
    }

    private String campaignForm(Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("leaders", users.list().stream().filter(UserView::enabled)
                .filter(u -> u.roles().contains(org.kindred.access.Role.TEAM_MANAGER) || u.roles().contains(org.kindred.access.Role.ADMINISTRATOR))
                .sorted(java.util.Comparator.comparing(UserView::displayName))
                .map(u -> new Choice(u.username(), u.displayName())).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "recruitment/new-campaign";
    }

    @GetMapping("/recruitment/campaigns/{id}")
    @CanRecruitStaff
    String campaign(@PathVariable long id, Model model) {
        return campaignPage(id, model, Map.of(), Map.of());
    }

    @PostMapping("/recruitment/campaigns/{id}/vacancies")
    @CanRecruitStaff
    String vacancy(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return FormPost.then(() -> {
            campaigns.addVacancy(id, new NewVacancy(form.get("team"), form.get("role"), form.get("fte")));
            r.addFlashAttribute("done", "Vacancy added");
        }, "/recruitment/campaigns/" + id, errors -> campaignPage(id, model, form, errors));
    }

    @PostMapping("/recruitment/campaigns/{id}/applicants")
    @CanRecruitStaff
    String applicant(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return FormPost.then(() -> {
            Problems p = new Problems();
            LocalDate appliedOn = DateInput.from(form, "appliedOn").read(p, "appliedOn", "The date of the application");
            var a = p.alongside(() -> applicants.apply(id, new NewApplicant(form.get("name"), form.get("email"),
                    Forms.id(form.get("vacancyId")), appliedOn)), "appliedOn");
            r.addFlashAttribute("done", a.name() + " recorded: to be contacted by " + UkTime.written(a.contactDue()));
        }, "/recruitment/campaigns/" + id, errors -> campaignPage(id, model, form, errors));
    }

    private String campaignPage(long id, Model model, Map<String, String> form, Map<String, String> errors) {
        var campaign = campaigns.find(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("applicants", applicants.forCampaign(id));
        model.addAttribute("medianDays", campaigns.medianDaysToHire(id));
        model.addAttribute("teams", users.teams());
        model.addAttribute("vacancies", campaign.vacancies().stream()
                .map(v -> new Choice(Long.toString(v.id()), v.role() + ", " + v.team() + " (" + v.fte() + " FTE)")).toList());
        model.addAttribute("today", UkTime.today(clock));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "recruitment/campaign";
    }
}
