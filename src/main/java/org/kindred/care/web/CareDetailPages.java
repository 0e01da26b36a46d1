package org.kindred.care.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.care.CareDetails;
import org.kindred.care.CareRoles.CanRecordCare;
import org.kindred.care.LeaverAccommodation;
import org.kindred.care.LeaverActivity;
import org.kindred.care.LeaverInTouch;
import org.kindred.shared.DateInput;
import org.kindred.shared.time.UkTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Page forms for a looked-after child's or care leaver's OC2 outcomes, family time, personal adviser and OC3. */
@Controller
@RequiredArgsConstructor
class CareDetailPages {
    private final CareDetails details;
    private final DetailPage page;
    private final Clock clock;

    @ModelAttribute
    void codes(Model model) {
        model.addAttribute("sdqReasons", CodeOption.SDQ_REASONS);
        model.addAttribute("inTouch", LeaverInTouch.values());
        model.addAttribute("activities", LeaverActivity.values());
        model.addAttribute("accommodations", LeaverAccommodation.values());
    }

    @GetMapping("/children/{id}/care/outcomes")
    @CanRecordCare
    String outcomeForm(@PathVariable long id, Model model) {
        // The OC2 year ends on 31 March: from April the year being recorded is next year's.
        LocalDate today = UkTime.today(clock);
        int year = today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear();
        return page.show(id, "outcome", Map.of("year", Integer.toString(year)), Map.of(), model);
    }

    @PostMapping("/children/{id}/care/outcomes")
    @CanRecordCare
    String outcome(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return page.post(id, "outcome", form, f -> f.then(DetailForms.outcome(f), in -> details.recordOutcome(id, in)),
                "Health and offending outcomes recorded", model, r);
    }

    @GetMapping("/children/{id}/care/family-contacts")
    @CanRecordCare
    String familyContactForm(@PathVariable long id, Model model) {
        return page.show(id, "family-contact", DateInput.filled("date", UkTime.today(clock)), Map.of(), model);
    }

    @PostMapping("/children/{id}/care/family-contacts")
    @CanRecordCare
    String familyContact(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return page.post(id, "family-contact", form,
                f -> f.then(DetailForms.familyContact(f), in -> details.recordFamilyContact(id, in)), "Family time recorded", model, r);
    }

    @GetMapping("/children/{id}/care/adviser")
    @CanRecordCare
    String adviserForm(@PathVariable long id, Model model) {
        return page.show(id, "adviser", DateInput.filled("from", UkTime.today(clock)), Map.of(), model);
    }

    @PostMapping("/children/{id}/care/adviser")
    @CanRecordCare
    String adviser(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return page.post(id, "adviser", form, f -> f.then(DetailForms.adviser(f), in -> details.recordAdviser(id, in)),
                "Personal adviser recorded", model, r);
    }

    @GetMapping("/children/{id}/care/leaver-outcomes")
    @CanRecordCare
    String leaverOutcomeForm(@PathVariable long id, Model model) {
        return page.show(id, "leaver-outcome", Map.of(), Map.of(), model);
    }

    @PostMapping("/children/{id}/care/leaver-outcomes")
    @CanRecordCare
    String leaverOutcome(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return page.post(id, "leaver-outcome", form,
                f -> f.then(DetailForms.leaverOutcome(f), in -> details.recordLeaverOutcome(id, in)),
                "Care leaver's information recorded", model, r);
    }
}
