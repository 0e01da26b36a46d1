package org.kindred.fostering.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.kindred.fostering.FosteringRoles.CanFindPlacements;
import org.kindred.fostering.FosteringRoles.CanRecruitCarers;
import org.kindred.fostering.Households;
import org.kindred.shared.DateInput;
import org.kindred.shared.FormPost;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Fostering households: the register with vacancies, one household, its review, extension and deregistration. */
@Controller
class HouseholdPages {
    private final Households households;
    private final Clock clock;

    HouseholdPages(Households households, Optional<Clock> clock) {
        this.households = households;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @GetMapping("/fostering/households")
    @CanFindPlacements
    String list(@RequestParam(defaultValue = "false") boolean vacancies, Model model) {
        model.addAttribute("households", households.list(vacancies, 1000));
        model.addAttribute("vacanciesOnly", vacancies);
        return "fostering/households";
    }

    @GetMapping("/fostering/households/{id}")
    @CanFindPlacements
    String view(@PathVariable long id, Model model) {
        return page(id, model, DateInput.filled("date", LocalDate.now(clock)), Map.of());
    }

    @PostMapping("/fostering/households/{id}/review")
    @CanRecruitCarers
    String review(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return act(id, form, model, r, () -> households.recordReview(id, Forms.date(form, "date"), form.get("supervisingWorker")), "Annual review recorded");
    }

    @PostMapping("/fostering/households/{id}/extension")
    @CanRecruitCarers
    String extend(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return act(id, form, model, r, () -> households.extendTemporaryApproval(id, Forms.date(form, "until")), "Temporary approval extended");
    }

    @PostMapping("/fostering/households/{id}/records")
    @CanRecruitCarers
    String record(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return act(id, form, model, r, () -> households.record(id, form.get("kind"), Forms.date(form, "recordDate"),
                form.get("detail")), "Recorded");
    }

    @PostMapping("/fostering/households/{id}/deregistration")
    @CanRecruitCarers
    String deregister(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return act(id, form, model, r, () -> households.deregister(id,
                Optional.ofNullable(Forms.date(form, "date")).orElse(LocalDate.now(clock)), form.get("reason")), "Household deregistered");
    }

    private String act(long id, Map<String, String> form, Model model, RedirectAttributes r, Runnable action, String done) {
        return FormPost.then(() -> {
            action.run();
            r.addFlashAttribute("done", done);
        }, "/fostering/households/" + id,
                errors -> page(id, model, form, errors));
    }

    private String page(long id, Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("household", households.find(id));
        org.kindred.access.CurrentUser user = org.kindred.access.CurrentUser.get();
        model.addAttribute("canRecruit", user.has(org.kindred.access.Role.FOSTERING_OFFICER)
                || user.has(org.kindred.access.Role.TEAM_MANAGER) || user.administrator());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "fostering/household";
    }
}
