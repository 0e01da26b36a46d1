package org.kindred.person.web;

import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.person.DuplicatePair;
import org.kindred.person.DuplicateQueue;
import org.kindred.person.DuplicateSweep;
import org.kindred.person.PersonMerges;
import org.kindred.person.PersonRoles.CanMerge;
import org.kindred.person.matching.BatchLinker;
import org.kindred.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The duplicate review queue for managers: run the sweep, compare each pair, merge or say "not the same person". */
@Controller
@RequiredArgsConstructor
class DuplicatePages {
    private final DuplicateSweep sweep;
    private final DuplicateQueue queue;
    private final PersonMerges merges;

    @GetMapping("/register/duplicates")
    @CanMerge
    String list(Model model) {
        model.addAttribute("progress", sweep.progress());
        model.addAttribute("pairs", queue.open(100));
        return "person/duplicates";
    }

    @PostMapping("/register/duplicates/sweep")
    @CanMerge
    String run() {
        sweep.start(BatchLinker.DEFAULT_THRESHOLD);
        return "redirect:/register/duplicates";
    }

    @GetMapping("/register/duplicates/{id}")
    @CanMerge
    String pair(@PathVariable long id, Model model) {
        return pair(queue.find(id), "", "", Map.of(), model);
    }

    @PostMapping("/register/duplicates/{id}/merge")
    @CanMerge
    String merge(@PathVariable long id, @RequestParam(defaultValue = "") String survivor,
                 @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        DuplicatePair pair = queue.find(id);
        long left = pair.left().id();
        long right = pair.right().id();
        if (!survivor.equals(Long.toString(left)) && !survivor.equals(Long.toString(right))) {
            return pair(pair, survivor, reason, Map.of("survivor", "Select which record stays"), model);
        }
        long kept = Long.parseLong(survivor);
        try {
            merges.merge(kept, kept == left ? right : left, reason);
        } catch (InvalidInput e) {
            return pair(pair, survivor, reason, e.errors(), model);
        }
        redirect.addFlashAttribute("merged", true);
        return "redirect:/children/" + kept;
    }

    @PostMapping("/register/duplicates/{id}/not-same")
    @CanMerge
    String notSame(@PathVariable long id, RedirectAttributes redirect) {
        queue.notSame(id);
        redirect.addFlashAttribute("decided", "Recorded as not the same person: this pair will not be listed again");
        return "redirect:/register/duplicates";
    }

    private String pair(DuplicatePair pair, String survivor, String reason, Map<String, String> errors, Model model) {
        model.addAttribute("pair", pair);
        model.addAttribute("survivor", survivor);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        return "person/duplicate";
    }
}
