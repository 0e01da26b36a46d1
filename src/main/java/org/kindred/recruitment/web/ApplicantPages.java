package org.kindred.recruitment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.recruitment.ApplicantStep;
import org.kindred.recruitment.Applicants;
import org.kindred.recruitment.NewRetentionPayment;
import org.kindred.recruitment.RecruitmentRoles.CanRecruitStaff;
import org.kindred.recruitment.Stage;
import org.kindred.shared.DateInput;
import org.kindred.shared.FormPost;
import org.kindred.shared.Problems;
import org.kindred.shared.time.UkTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One applicant: their steps, the next one (or a withdrawal), and any retention payment with its clawback. */
@Controller
@RequiredArgsConstructor
class ApplicantPages {
    private final Applicants applicants;
    private final Clock clock;

    @GetMapping("/recruitment/applicants/{id}")
    @CanRecruitStaff
    String view(@PathVariable long id, Model model) {
        return page(id, model, DateInput.filled("on", UkTime.today(clock)), Map.of());
    }

    @PostMapping("/recruitment/applicants/{id}/steps")
    @CanRecruitStaff
    String step(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return FormPost.then(() -> {
            Problems p = new Problems();
            LocalDate on = DateInput.from(form, "on").read(p, "on", "The date");
            var a = p.alongside(() -> applicants.step(id, new ApplicantStep(form.get("stage"), on, form.get("reason"))), "on");
            r.addFlashAttribute("done", a.stage().label() + " recorded");
        }, "/recruitment/applicants/" + id, errors -> page(id, model, form, errors));
    }

    @PostMapping("/recruitment/applicants/{id}/retention-payments")
    @CanRecruitStaff
    String pay(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return FormPost.then(() -> {
            Problems p = new Problems();
            LocalDate paidOn = DateInput.from(form, "paidOn").read(p, "paidOn", "The date paid");
            p.alongside(() -> applicants.pay(id, new NewRetentionPayment(form.get("amount"), paidOn,
                    form.get("clawbackMonths"), form.get("note"))));
            r.addFlashAttribute("done", "Retention payment recorded");
        }, "/recruitment/applicants/" + id, errors -> page(id, model, form, errors));
    }

    private String page(long id, Model model, Map<String, String> form, Map<String, String> errors) {
        var applicant = applicants.find(id);
        model.addAttribute("applicant", applicant);
        model.addAttribute("payments", applicants.payments(id));
        model.addAttribute("today", UkTime.today(clock));
        Stage next = applicant.stage().next();
        model.addAttribute("choices", next == null || applicant.stage() == Stage.WITHDRAWN ? java.util.List.of()
                : java.util.List.of(next, Stage.WITHDRAWN));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "recruitment/applicant";
    }
}
