package org.kindred.chronology.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.access.CurrentUser;
import org.kindred.chronology.Chronology;
import org.kindred.chronology.NewChronologyEntry;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.shared.DateInput;
import org.kindred.shared.FormPost;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.Problems;
import org.kindred.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The child's chronology page: newest first, filtered by category, with the form to add an entry. */
@Controller
class ChronologyPages {
    private final Clock clock;
    private final Chronology chronology;
    private final People people;

    ChronologyPages(Chronology chronology, People people, Clock clock) {
        this.clock = clock;
        this.chronology = chronology;
        this.people = people;
    }

    @GetMapping("/children/{id}/chronology")
    @CanReadCases
    String view(@PathVariable long id, @RequestParam(defaultValue = "") String category, Model model) {
        return view(id, category, DateInput.filled("date", LocalDate.now(clock)), Map.of(), model);
    }

    @PostMapping("/children/{id}/chronology")
    @CanRecordCases
    String add(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return FormPost.then(() -> {
            Problems problems = new Problems();
            LocalDate date = DateInput.from(form, "date").read(problems, "date", "The date");
            problems.alongside(() -> chronology.add(id, new NewChronologyEntry(date, form.get("category"),
                    form.get("text"))));
            redirect.addFlashAttribute("added", true);
        }, "/children/" + id + "/chronology",
                errors -> view(id, "", new HashMap<>(form), errors, model));
    }

    @PostMapping("/children/{id}/chronology/{entryId}/strike-out")
    @CanRecordCases
    String strikeOut(@PathVariable long id, @PathVariable long entryId, @RequestParam(defaultValue = "") String reason,
                     Model model, RedirectAttributes redirect) {
        try {
            chronology.strikeOut(id, entryId, reason);
            redirect.addFlashAttribute("struck", true);
            return "redirect:/children/" + id + "/chronology";
        } catch (InvalidInput e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach((k, v) -> errors.put(k + "-" + entryId, v));
            return view(id, "", DateInput.filled("date", LocalDate.now(clock)), errors, model);
        }
    }

    private String view(long id, String category, Map<String, String> form, Map<String, String> errors, Model model) {
        Person child = people.find(id).orElseThrow(() -> new NotFound("Child"));
        CurrentUser user = CurrentUser.get();
        model.addAttribute("child", child);
        model.addAttribute("category", category);
        model.addAttribute("categories", chronology.categories(id));
        model.addAttribute("entries", chronology.forChild(id, category));
        model.addAttribute("handCategories", Chronology.HAND_WRITTEN_CATEGORIES);
        model.addAttribute("canRecord", user.mayRecordCases());
        model.addAttribute("form", form);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        return "chronology/child";
    }
}
