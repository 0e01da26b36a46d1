package org.kindred.earlyhelp.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.earlyhelp.AgencyType;
import org.kindred.earlyhelp.ClosureReason;
import org.kindred.earlyhelp.EarlyHelpEpisode;
import org.kindred.earlyhelp.EarlyHelpEpisodes;
import org.kindred.earlyhelp.Intervention;
import org.kindred.earlyhelp.Interventions;
import org.kindred.earlyhelp.NewEpisode;
import org.kindred.earlyhelp.NewReferral;
import org.kindred.shared.DateInput;
import org.kindred.shared.FormPost;
import org.kindred.shared.InvalidInput;
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

/** The early help list, a new episode, and the episode page with its forms (one per step of the work). */
@Controller
@RequiredArgsConstructor
class EarlyHelpPages {
    private final EarlyHelpEpisodes episodes;
    private final Interventions interventions;
    private final Clock clock;

    @GetMapping("/early-help")
    @CanReadCases
    String list(@RequestParam(defaultValue = "false") boolean closed, Model model) {
        return list(closed, new HashMap<>(), Map.of(), model);
    }

    private String list(boolean closed, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("episodes", episodes.list(closed, 300));
        model.addAttribute("closed", closed);
        model.addAttribute("agencies", AgencyType.values());
        model.addAttribute("today", UkTime.today(clock));
        model.addAttribute("form", form);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        return "earlyhelp/list";
    }

    @PostMapping("/early-help")
    @CanRecordCases
    String open(@RequestParam Map<String, String> form, Model model) {
        long[] id = new long[1];
        return FormPost.then(() -> {
                    Problems p = new Problems();
                    LocalDate startedOn = date(p, form, "startedOn", "Start date");
                    id[0] = p.alongside(() -> episodes.open(new NewEpisode(number(form.get("childId")),
                            form.get("leadProfessional"), form.get("leadAgency"), startedOn,
                            form.get("information"))), "startedOn").id();
                },
                "/early-help/episodes/" + "{id}", errors -> list(false, new HashMap<>(form), errors, model))
                .replace("{id}", Long.toString(id[0]));
    }

    @GetMapping("/early-help/episodes/{id}")
    @CanReadCases
    String view(@PathVariable long id, Model model) {
        return view(id, new HashMap<>(), Map.of(), model);
    }

    private String view(long id, Map<String, String> form, Map<String, String> errors, Model model) {
        EarlyHelpEpisode e = episodes.find(id).orElseThrow(() -> new NotFound("Early help episode"));
        model.addAttribute("e", e);
        model.addAttribute("referrals", interventions.forEpisode(id));
        model.addAttribute("agencies", AgencyType.values());
        model.addAttribute("reasons", List.of(ClosureReason.NEEDS_MET, ClosureReason.FAMILY_DECLINED,
                ClosureReason.MOVED_AWAY, ClosureReason.OTHER_SERVICE));
        model.addAttribute("services", Intervention.values());
        model.addAttribute("today", UkTime.today(clock));
        model.addAttribute("form", form);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        return "earlyhelp/episode";
    }

    /** The forms on the episode page, each posting to its own address. */
    @PostMapping("/early-help/episodes/{id}/{action}")
    @CanRecordCases
    String act(@PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> form, Model model,
               RedirectAttributes redirect) {
        Runnable change = switch (action) {
            case "lead" -> () -> episodes.leadProfessional(id, form.get("leadProfessional"), form.get("leadAgency"));
            case "assessment" -> () -> dated(form, "completedOn", "Date completed", true,
                    on -> episodes.completeAssessment(id, on, form.get("summary")));
            case "review" -> () -> dated(form, "heldOn", "Date of the meeting", false,
                    on -> episodes.review(id, on, form.get("attendees"), form.get("reviewSummary")));
            case "goal" -> () -> episodes.goal(id, form.get("goal"));
            case "close" -> () -> dated(form, "closedOn", "Date closed", true,
                    on -> episodes.close(id, form.get("closureReason"), on, form.get("closureNote")));
            case "step-up" -> () -> episodes.stepUp(id, form.get("stepUpReason"));
            case "refer" -> () -> refer(id, form);
            default -> throw new NotFound("Early help action");
        };
        redirect.addFlashAttribute("done", switch (action) {
            case "lead" -> "Lead professional recorded";
            case "assessment" -> "Early help assessment completed";
            case "review" -> "Team around the family meeting recorded";
            case "goal" -> "Goal added to the plan";
            case "close" -> "Episode closed";
            case "step-up" -> "Stepped up to the front door";
            default -> "Referral made";
        });
        return FormPost.then(change, "/early-help/episodes/" + id, errors -> view(id, new HashMap<>(form), errors, model));
    }

    private void refer(long id, Map<String, String> form) {
        Intervention service = Intervention.fromKey(form.get("service")).orElseThrow(
                () -> InvalidInput.of("service", "Select the intervention"));
        interventions.refer(service, new NewReferral(number(form.get("referChild")), "EARLY_HELP", id, null,
                form.get("referReason")));
    }

    /** The GOV.UK date boxes of {@code name}, with the label the check uses ("Date closed must be a real date"). */
    static LocalDate date(Problems p, Map<String, String> form, String name, String label) {
        return DateInput.from(form, name).read(p, name, label);
    }

    /**
     * Runs a change with the date typed into {@code name}; when the change takes a left-out date as today
     * ({@code todayWhenBlank}), a mistyped one is refused before it runs, so it is never recorded as today.
     */
    private static void dated(Map<String, String> form, String name, String label, boolean todayWhenBlank,
                              Function<LocalDate, ?> change) {
        Problems p = new Problems();
        LocalDate on = date(p, form, name, label);
        if (todayWhenBlank) p.alongside(() -> change.apply(on), name);
        else p.alongside(() -> change.apply(on));
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
