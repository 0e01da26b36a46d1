package org.kindred.workforce.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.kindred.shared.DateInput;
import org.kindred.shared.FormPost;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.kindred.workforce.AsyeOutcome;
import org.kindred.workforce.AsyeReviewKind;
import org.kindred.workforce.Asyes;
import org.kindred.workforce.Staff;
import org.kindred.workforce.StaffMember;
import org.kindred.workforce.Supervisions;
import org.kindred.workforce.WorkforceRoles.CanManageStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member of staff's ASYE and reviews, their supervision (issue 15, item 5). */
@Controller
class ProgressionPages {
    /** A choice on a select: the value is name(), shown by label. */
    record Choice(String name, String label) {
    }

    private final Staff staff;
    private final Asyes asyes;
    private final Supervisions supervisions;
    private final Clock clock;

    ProgressionPages(Staff staff, Asyes asyes, Supervisions supervisions, Optional<Clock> clock) {
        this.staff = staff;
        this.asyes = asyes;
        this.supervisions = supervisions;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @GetMapping("/workforce/staff/{id}/asye")
    @CanManageStaff
    String asye(@PathVariable long id, Model model) {
        Map<String, String> form = DateInput.filled("heldOn", LocalDate.now(clock));
        form.putAll(DateInput.filled("startDate", member(id).startDate()));
        return asye(id, model, form, Map.of());
    }

    @PostMapping("/workforce/staff/{id}/asye")
    @CanManageStaff
    String startAsye(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        return FormPost.then(() -> {
            Problems p = new Problems();
            LocalDate start = DateInput.from(form, "startDate").require(p, "startDate", "ASYE start date");
            p.alongside(() -> asyes.start(id, start));
            flash.addFlashAttribute("done", "ASYE started on " + start);
        }, "/workforce/staff/" + id + "/asye", errors -> asye(id, model, form, errors));
    }

    @PostMapping("/workforce/staff/{id}/asye/reviews")
    @CanManageStaff
    String review(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        return FormPost.then(() -> {
            Problems p = new Problems();
            LocalDate held = DateInput.from(form, "heldOn").require(p, "heldOn", "Date of the review");
            AsyeReviewKind kind = StaffForm.choice(AsyeReviewKind.class, form.get("review"));
            AsyeOutcome outcome = StaffForm.choice(AsyeOutcome.class, form.get("outcome"));
            p.alongside(() -> asyes.recordReview(id, kind, held, outcome, form.get("notes")));
            flash.addFlashAttribute("done", "Recorded the " + kind.label() + ": " + outcome.label());
        }, "/workforce/staff/" + id + "/asye", errors -> asye(id, model, form, errors));
    }

    private String asye(long id, Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("member", member(id)).addAttribute("asye", asyes.ofStaff(id).orElse(null))
                .addAttribute("kinds", AsyeReviewKind.values()).addAttribute("outcomes", AsyeOutcome.values())
                .addAttribute("form", form).addAttribute("errors", errors).addAttribute("today", LocalDate.now(clock));
        return "workforce/asye";
    }

    @GetMapping("/workforce/staff/{id}/supervision")
    @CanManageStaff
    String supervision(@PathVariable long id, Model model) {
        return supervision(id, model, DateInput.filled("heldOn", LocalDate.now(clock)), Map.of());
    }

    @PostMapping("/workforce/staff/{id}/supervision")
    @CanManageStaff
    String recordSupervision(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                             RedirectAttributes flash) {
        return FormPost.then(() -> {
            Problems p = new Problems();
            LocalDate held = DateInput.from(form, "heldOn").require(p, "heldOn", "Date of the supervision");
            long supervisor = userId(form.get("supervisor"), p);
            p.alongside(() -> supervisions.record(id, supervisor, held, form.get("notes")));
            flash.addFlashAttribute("done", "Recorded the supervision of " + held);
        }, "/workforce/staff/" + id + "/supervision", errors -> supervision(id, model, form, errors));
    }

    private String supervision(long id, Model model, Map<String, String> form, Map<String, String> errors) {
        StaffMember m = member(id);
        LocalDate today = LocalDate.now(clock);
        List<Choice> supervisors = staff.inPost(today, null).stream()
                .filter(s -> s.userId() != m.userId() && (s.role().manager() || !s.role().caseHolder()
                        || s.role().ordinal() >= 2))
                .sorted(Comparator.comparing((StaffMember s) -> !s.team().equals(m.team()))
                        .thenComparing(StaffMember::displayName))
                .map(s -> new Choice(Long.toString(s.userId()), s.displayName() + " (" + s.role().label() + ", "
                        + s.team() + ")")).distinct().collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        // The manager recording a session they held is a choice even without an employment record of their own.
        CurrentUser me = CurrentUser.get();
        String mine = Long.toString(me.id());
        if (me.id() != m.userId() && supervisors.stream().noneMatch(c -> c.name().equals(mine))) {
            supervisors.add(0, new Choice(mine, me.displayName() + " (you)"));
        }
        model.addAttribute("member", m).addAttribute("records", supervisions.of(id))
                .addAttribute("nextDue", supervisions.nextDue(id, today)).addAttribute("today", today)
                .addAttribute("supervisors", supervisors).addAttribute("form", form).addAttribute("errors", errors);
        return "workforce/supervision";
    }

    private static long userId(String text, Problems p) {
        try {
            return Long.parseLong(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            p.add("supervisor", "Select who supervised");
            return -1;
        }
    }

    private StaffMember member(long id) {
        return staff.find(id).orElseThrow(() -> new NotFound("Staff record " + id));
    }
}
