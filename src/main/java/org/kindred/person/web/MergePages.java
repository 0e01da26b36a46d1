package org.kindred.person.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.person.PersonMerge;
import org.kindred.person.PersonMerges;
import org.kindred.person.PersonRoles.CanMerge;
import org.kindred.person.RegisterSearch;
import org.kindred.person.internal.search.RegisterIndex;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Merging a child's record with another record of the same child: choose, compare side by side, give a reason. */
@Controller
@RequiredArgsConstructor
class MergePages {
    private final People people;
    private final PersonMerges merges;
    private final RegisterSearch search;

    @GetMapping("/children/{id}/merge")
    @CanMerge
    String choose(@PathVariable long id, @RequestParam(defaultValue = "") String q,
                  @RequestParam(defaultValue = "") String otherId, Model model) {
        return page(id, q, otherId, "", "", Map.of(), model);
    }

    @PostMapping("/children/{id}/merge")
    @CanMerge
    String merge(@PathVariable long id, @RequestParam(defaultValue = "") String otherId,
                 @RequestParam(defaultValue = "") String survivor, @RequestParam(defaultValue = "") String reason,
                 Model model, RedirectAttributes redirect) {
        Long other = number(otherId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (other == null) {
            errors.put("otherId", "Enter the record number of the other record");
        }
        if (!survivor.equals("THIS") && !survivor.equals("OTHER")) {
            errors.put("survivor", "Select which record stays");
        }
        if (errors.isEmpty()) {
            long kept = survivor.equals("THIS") ? id : other;
            try {
                merges.merge(kept, kept == id ? other : id, reason);
                redirect.addFlashAttribute("merged", true);
                return "redirect:/children/" + kept;
            } catch (InvalidInput e) {
                errors.putAll(e.errors());
            }
        }
        return page(id, "", otherId, survivor, reason, errors, model);
    }

    @PostMapping("/children/{id}/unmerge")
    @CanMerge
    String unmerge(@PathVariable long id, RedirectAttributes redirect) {
        PersonMerge merge = merges.mergedInto(id).orElseThrow(() -> new NotFound("Merge"));
        try {
            merges.unmerge(merge.id());
            redirect.addFlashAttribute("unmerged", true);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("restrictErrors", e.errors());
        }
        return "redirect:/children/" + id;
    }

    private String page(long id, String q, String otherId, String survivor, String reason, Map<String, String> errors,
                        Model model) {
        Person child = people.find(id).orElseThrow(() -> new NotFound("Child"));
        model.addAttribute("child", child);
        model.addAttribute("q", q);
        model.addAttribute("otherId", otherId);
        model.addAttribute("survivor", survivor);
        model.addAttribute("reason", reason);
        Map<String, String> shown = new LinkedHashMap<>(errors);
        if (!q.isBlank()) {
            model.addAttribute("candidates", candidates(q, id));
        }
        Long other = number(otherId);
        if (other != null && other != id) {
            people.find(other).ifPresentOrElse(o -> model.addAttribute("other", o),
                    () -> shown.putIfAbsent("otherId", "There is no person with record number " + otherId.trim()));
        } else if (!otherId.isBlank() && !errors.containsKey("otherId")) {
            shown.put("otherId", other == null ? "Record number must be a number, like 1234"
                    : "Choose a different record to merge with");
        }
        model.addAttribute("errors", shown);
        return "person/merge";
    }

    private List<org.kindred.person.SearchCandidate> candidates(String q, long id) {
        try {
            return search.search(q, 10).stream().filter(c -> c.person().id() != id).toList();
        } catch (RegisterIndex.IndexStarting e) {
            return List.of();
        }
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
