package org.kindred.care.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.shared.FormPost;
import org.kindred.shared.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shape of a care detail page: the form for one child (a restricted or unknown child is not found), and its post,
 * which records through the same care command as the API and returns to the care page, or shows the form again with
 * the GOV.UK error summary and the input kept.
 */
@Component
class DetailPage {
    private final People people;

    DetailPage(People people) { this.people = people; }

    /** The child as the register shows them to the signed-in user (the register audits the read). */
    Person child(long id) { return people.find(id).orElseThrow(() -> new NotFound("Child")); }

    String show(long id, String view, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("child", child(id));
        model.addAttribute("form", new HashMap<>(form));
        model.addAttribute("errors", errors);
        return "care/" + view;
    }

    String post(long id, String view, Map<String, String> form, Consumer<FormValues> record, String done, Model model,
                RedirectAttributes redirect) {
        child(id);
        return FormPost.then(() -> {
            record.accept(new FormValues(form));
            redirect.addFlashAttribute("done", done);
        }, "/children/" + id + "/care", errors -> show(id, view, form, errors, model));
    }
}
