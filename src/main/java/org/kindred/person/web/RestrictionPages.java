package org.kindred.person.web;

import java.util.Arrays;
import java.util.Map;
import org.kindred.access.CaseRoles.AdministratorsOnly;
import org.kindred.person.People;
import org.kindred.shared.FormPost;
import org.kindred.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see every restricted record and who may see it: restrict, lift, add or remove a person. */
@Controller
class RestrictionPages {
    private final People people;

    RestrictionPages(People people) { this.people = people; }

    @GetMapping("/admin/restrictions")
    @AdministratorsOnly
    String list(Model model) {
        return page(model, Map.of(), "", "");
    }

    @PostMapping("/admin/restrictions")
    @AdministratorsOnly
    String restrict(@RequestParam(defaultValue = "") String personId, @RequestParam(defaultValue = "") String reason,
                    @RequestParam(defaultValue = "") String grantTo, Model model, RedirectAttributes redirect) {
        return FormPost.then(() -> {
            long id = number(personId);
            people.restrict(id, reason, Arrays.stream(grantTo.split("[,\\s]+")).filter(s -> !s.isBlank()).toList());
            redirect.addFlashAttribute("done", "Record " + id + " restricted");
        }, "/admin/restrictions",
                errors -> page(model, errors, personId, reason));
    }

    @PostMapping("/admin/restrictions/{id}/lift")
    @AdministratorsOnly
    String lift(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
                RedirectAttributes redirect) {
        return act(() -> people.lift(id, reason), "Restriction on record " + id + " lifted", model, redirect);
    }

    @PostMapping("/admin/restrictions/{id}/grants")
    @AdministratorsOnly
    String grant(@PathVariable long id, @RequestParam(defaultValue = "") String username,
                 @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        return act(() -> people.grant(id, username, reason), username + " may now see record " + id, model, redirect);
    }

    @PostMapping("/admin/restrictions/{id}/grants/remove")
    @AdministratorsOnly
    String remove(@PathVariable long id, @RequestParam(defaultValue = "") String username,
                  @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        return act(() -> people.removeGrant(id, username, reason), username + " may no longer see record " + id, model,
                redirect);
    }

    private String act(Runnable action, String done, Model model, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
            return "redirect:/admin/restrictions";
        } catch (InvalidInput e) {
            // The row's form has no field of its own in the summary: each message points to the list.
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            e.errors().forEach((field, message) -> errors.put("restricted", message));
            return page(model, errors, "", "");
        }
    }

    private String page(Model model, Map<String, String> errors, String personId, String reason) {
        model.addAttribute("restrictions", people.restrictions());
        model.addAttribute("errors", errors);
        model.addAttribute("personId", personId);
        model.addAttribute("reason", reason);
        return "person/restrictions";
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("personId", "Record number must be a number, like 1234");
        }
    }
}
