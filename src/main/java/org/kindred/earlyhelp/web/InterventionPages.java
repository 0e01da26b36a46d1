package org.kindred.earlyhelp.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.earlyhelp.EndReason;
import org.kindred.earlyhelp.Intervention;
import org.kindred.earlyhelp.InterventionPlaces;
import org.kindred.earlyhelp.InterventionReferral;
import org.kindred.earlyhelp.Interventions;
import org.kindred.earlyhelp.ReferralStep;
import org.kindred.shared.DateInput;
import org.kindred.shared.FormPost;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.kindred.shared.time.UkTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue, a service's waiting list and work in hand, and one referral with the form for its next step. */
@Controller
class InterventionPages {
    private final Interventions interventions;
    private final Clock clock;
    private final InterventionPlaces places;

    InterventionPages(Interventions interventions, Clock clock, InterventionPlaces places) {
        this.places = places;
        this.interventions = interventions;
        this.clock = clock;
    }

    /** A service with its places in use, for the catalogue. */
    record Row(Intervention service, int inUse, int places) {
    }

    @GetMapping("/interventions")
    @CanReadCases
    String catalogue(Model model) {
        model.addAttribute("rows", java.util.Arrays.stream(Intervention.values())
                .map(s -> new Row(s, interventions.placesInUse(s), places.of(s))).toList());
        return "earlyhelp/catalogue";
    }

    @GetMapping("/interventions/{service}")
    @CanReadCases
    String service(@PathVariable String service, Model model) {
        Intervention s = ServiceKey.of(service);
        model.addAttribute("service", s);
        model.addAttribute("waiting", interventions.waitingList(s));
        model.addAttribute("active", interventions.active(s));
        model.addAttribute("inUse", interventions.placesInUse(s));
        model.addAttribute("places", places.of(s));
        model.addAttribute("today", UkTime.today(clock));
        return "earlyhelp/service";
    }

    @GetMapping("/interventions/referrals/{id}")
    @CanReadCases
    String referral(@PathVariable long id, Model model) {
        return referral(id, new HashMap<>(), Map.of(), model);
    }

    private String referral(long id, Map<String, String> form, Map<String, String> errors, Model model) {
        InterventionReferral r = interventions.find(id).orElseThrow(() -> new NotFound("Referral"));
        model.addAttribute("r", r);
        model.addAttribute("endReasons", EndReason.values());
        model.addAttribute("today", UkTime.today(clock));
        model.addAttribute("form", form);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        return "earlyhelp/referral";
    }

    @PostMapping("/interventions/referrals/{id}/steps")
    @CanRecordCases
    String step(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", "Step recorded");
        return FormPost.then(() -> {
                    Problems p = new Problems();
                    LocalDate on = EarlyHelpPages.date(p, form, "on", "Date");
                    p.alongside(() -> interventions.step(id, new ReferralStep(form.get("step"), on,
                            form.get("reason"), yesNo(form.get("livingAtHome")), yesNo(form.get("inEducation")),
                            yesNo(form.get("noNewOffences")), score(form.get("goalScoreStart")),
                            score(form.get("goalScoreEnd")))), "on");
                },
                "/interventions/referrals/" + id, errors -> referral(id, new HashMap<>(form), errors, model));
    }

    private static Boolean yesNo(String v) { return v == null || v.isBlank() ? null : "yes".equals(v); }

    private static Integer score(String v) {
        try {
            return v == null || v.isBlank() ? null : Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

}
