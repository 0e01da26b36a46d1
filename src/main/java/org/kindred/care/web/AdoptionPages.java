package org.kindred.care.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.care.CareDetails;
import org.kindred.care.CareRoles.CanRecordCare;
import org.kindred.shared.DateInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Page forms for adoption (AD1), decisions to place for adoption (PlacedAdoption) and previous permanence (PrevPerm). */
@Controller
@RequiredArgsConstructor
class AdoptionPages {
    private final CareDetails details;
    private final DetailPage page;

    @ModelAttribute
    void codes(Model model) {
        model.addAttribute("adoptersSex", CodeOption.ADOPTERS_SEX);
        model.addAttribute("adoptersLegalStatus", CodeOption.ADOPTERS_LEGAL_STATUS);
        model.addAttribute("placedCeased", CodeOption.PLACED_CEASED);
        model.addAttribute("permanence", CodeOption.PREVIOUS_PERMANENCE);
    }

    @GetMapping("/children/{id}/care/adoption")
    @CanRecordCare
    String adoptionForm(@PathVariable long id, Model model) {
        return page.show(id, "adoption", Map.of(), Map.of(), model);
    }

    @PostMapping("/children/{id}/care/adoption")
    @CanRecordCare
    String adoption(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return page.post(id, "adoption", form, f -> f.then(DetailForms.adoption(f), in -> details.recordAdoption(id, in)),
                "Adoption recorded", model, r);
    }

    @GetMapping("/children/{id}/care/adoption-decisions")
    @CanRecordCare
    String decisionForm(@PathVariable long id, @RequestParam(required = false) String decided, Model model) {
        // From an open decision's "record that it ceased" link: the decision's date filled in.
        return page.show(id, "adoption-decision", DateInput.filled("decided", dayOrNone(decided)), Map.of(), model);
    }

    /** A link's date, or none (an empty date input) when it is not one: the form is only being filled in. */
    private static LocalDate dayOrNone(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @PostMapping("/children/{id}/care/adoption-decisions")
    @CanRecordCare
    String decision(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return page.post(id, "adoption-decision", form,
                f -> f.then(DetailForms.adoptionDecision(f), in -> details.recordAdoptionDecision(id, in)),
                "Decision to place for adoption recorded", model, r);
    }

    @GetMapping("/children/{id}/care/previous-permanence")
    @CanRecordCare
    String permanenceForm(@PathVariable long id, Model model) {
        return page.show(id, "previous-permanence", Map.of(), Map.of(), model);
    }

    @PostMapping("/children/{id}/care/previous-permanence")
    @CanRecordCare
    String permanence(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return page.post(id, "previous-permanence", form,
                f -> f.then(DetailForms.previousPermanence(f), in -> details.recordPreviousPermanence(id, in)),
                "Previous permanence recorded", model, r);
    }
}
