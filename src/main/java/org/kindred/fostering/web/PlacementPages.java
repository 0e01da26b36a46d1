package org.kindred.fostering.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kindred.fostering.FosteringRoles.CanFindPlacements;
import org.kindred.fostering.NewPlacementRequest;
import org.kindred.fostering.PlacementRequests;
import org.kindred.shared.DateInput;
import org.kindred.shared.FormPost;
import org.kindred.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Placement finding: open requests, raising one, the ranked households with their reasons, the choice. */
@Controller
class PlacementPages {
    private final PlacementRequests requests;
    private final Clock clock;

    PlacementPages(PlacementRequests requests, Optional<Clock> clock) {
        this.requests = requests;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @GetMapping("/placement-requests")
    @CanFindPlacements
    String list(Model model) {
        model.addAttribute("requests", requests.open(200));
        return "fostering/requests";
    }

    @GetMapping("/placement-requests/new")
    @CanFindPlacements
    String newRequest(@RequestParam(required = false) Long childId, Model model) {
        Map<String, String> form = new HashMap<>(DateInput.filled("neededBy", LocalDate.now(clock)));
        if (childId != null) form.put("childId", childId.toString());
        form.put("maxKm", "20");
        form.put("siblings", "0");
        return newPage(model, form, Map.of());
    }

    @PostMapping("/placement-requests")
    @CanFindPlacements
    String raise(@RequestParam Map<String, String> form, Model model) {
        try {
            long id = requests.raise(new NewPlacementRequest(Forms.id(form, "childId"), Forms.integer(form, "siblings"),
                    form.get("schoolPostcode"), form.get("familyPostcode"), Forms.integer(form, "maxKm"),
                    Forms.yes(form, "disability"), form.get("religion"), form.get("language"), form.get("culture"),
                    Forms.yes(form, "onlyChild"), Forms.yes(form, "noYoungerChildren"), Forms.yes(form, "noPets"),
                    Forms.yes(form, "emergency"), Forms.date(form, "neededBy"))).id();
            return "redirect:/placement-requests/" + id;
        } catch (InvalidInput e) {
            return newPage(model, form, e.errors());
        }
    }

    private String newPage(Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "fostering/new-request";
    }

    @GetMapping("/placement-requests/{id}")
    @CanFindPlacements
    String view(@PathVariable long id, Model model) {
        return page(id, model, DateInput.filled("date", LocalDate.now(clock)), Map.of());
    }

    @PostMapping("/placement-requests/{id}/choice")
    @CanFindPlacements
    String choose(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        try {
            Long household = Forms.id(form, "householdId");
            if (household == null) throw InvalidInput.of("householdId", "Choose a household");
            requests.choose(id, household, Forms.date(form, "date"));
            r.addFlashAttribute("done", "Placement recorded in the child's care record");
            return "redirect:/placement-requests/" + id;
        } catch (InvalidInput e) {
            return page(id, model, form, e.errors());
        }
    }

    @PostMapping("/placement-requests/{id}/external")
    @CanFindPlacements
    String external(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return FormPost.then(() -> {
            requests.recordExternalSearch(id, form.get("kind"), form.get("outcome"));
            r.addFlashAttribute("done", "External search recorded");
        }, "/placement-requests/" + id,
                errors -> page(id, model, form, errors));
    }

    private String page(long id, Model model, Map<String, String> form, Map<String, String> errors) {
        var request = requests.find(id);
        model.addAttribute("request", request);
        model.addAttribute("matches", "OPEN".equals(request.status()) ? requests.matches(id) : null);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "fostering/request";
    }
}
