package org.kindred.workforce.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.access.CaseRoles.AdministratorsOnly;
import org.kindred.access.CurrentUser;
import org.kindred.shared.DateInput;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.kindred.workforce.AdminDays;
import org.kindred.workforce.EmploymentType;
import org.kindred.workforce.LeavingReason;
import org.kindred.workforce.Staff;
import org.kindred.workforce.StaffMember;
import org.kindred.workforce.StaffRole;
import org.kindred.workforce.WorkforceRoles.CanManageStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff pages: who is in post, a new member of staff, changes, leavers, deactivation, and posts per team. */
@Controller
class StaffPages {
    private final Staff staff;
    private final AdminDays adminDays;
    private final Clock clock;

    StaffPages(Staff staff, AdminDays adminDays, Optional<Clock> clock) {
        this.staff = staff;
        this.adminDays = adminDays;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @GetMapping("/workforce/staff")
    @CanManageStaff
    String list(@RequestParam(required = false) String team, Model model) {
        LocalDate today = LocalDate.now(clock);
        String t = team == null || team.isBlank() ? null : team;
        List<StaffMember> people = staff.inPost(today, t);
        model.addAttribute("staff", people).addAttribute("team", t).addAttribute("teams", staff.teams())
                .addAttribute("today", today)
                .addAttribute("leavingSoon", people.stream().filter(s -> s.leavingDate() != null).count());
        return "workforce/staff";
    }

    @GetMapping("/workforce/staff/new")
    @CanManageStaff
    String blank(Model model) {
        Map<String, String> form = DateInput.filled("startDate", LocalDate.now(clock));
        form.put("fte", "1");
        return form(model, form, Map.of(), null);
    }

    @PostMapping("/workforce/staff")
    @CanManageStaff
    String record(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        Problems p = new Problems();
        try {
            // Optional dates that cannot be read stop the form before anything is recorded.
            var entry = StaffForm.read(form, p);
            p.throwIfAny();
            StaffMember s = staff.record(entry);
            flash.addFlashAttribute("done", "Recorded " + s.displayName() + " (" + s.type().label() + ", "
                    + s.role().label() + ")");
            return "redirect:/workforce/staff/" + s.id();
        } catch (InvalidInput e) {
            return form(model, form, e.errors(), null);
        }
    }

    @GetMapping("/workforce/staff/{id}")
    @CanManageStaff
    String show(@PathVariable long id, Model model) {
        StaffMember s = member(id);
        Map<String, String> leaving = DateInput.filled("leavingDate", s.leavingDate());
        leaving.put("leavingReason", s.leavingReason() == null ? null : s.leavingReason().name());
        leavingForm(model, leaving, Map.of());
        return form(model, StaffForm.of(s), Map.of(), s);
    }

    @PostMapping("/workforce/staff/{id}")
    @CanManageStaff
    String change(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        StaffMember was = member(id);
        Problems p = new Problems();
        try {
            var entry = StaffForm.read(form, p);
            p.throwIfAny();
            staff.change(id, entry);
            flash.addFlashAttribute("done", "Saved the changes to " + form.get("displayName"));
            return "redirect:/workforce/staff/" + id;
        } catch (InvalidInput e) {
            Map<String, String> leaving = DateInput.filled("leavingDate", was.leavingDate());
            leavingForm(model, leaving, Map.of());
            form.put("username", was.username());
            return form(model, form, e.errors(), was);
        }
    }

    @PostMapping("/workforce/staff/{id}/leaving")
    @CanManageStaff
    String leaving(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        StaffMember was = member(id);
        Problems p = new Problems();
        try {
            LocalDate date = DateInput.from(form, "leavingDate").read(p, "leavingDate", "Leaving date");
            StaffMember s = p.alongside(() -> staff.leave(id, date,
                    StaffForm.choice(LeavingReason.class, form.get("leavingReason"))));
            flash.addFlashAttribute("done", s.displayName() + " leaves on " + s.leavingDate()
                    + ": their children must be reallocated before then");
            return "redirect:/workforce/staff/" + id;
        } catch (InvalidInput e) {
            leavingForm(model, form, e.errors());
            return form(model, StaffForm.of(was), e.errors(), was);
        }
    }

    @PostMapping("/workforce/staff/{id}/deactivate")
    @AdministratorsOnly
    String deactivate(@PathVariable long id, RedirectAttributes flash) {
        staff.deactivate(id);
        flash.addFlashAttribute("done", "The account is disabled: their sessions have ended");
        return "redirect:/workforce/staff/" + id;
    }

    @GetMapping("/workforce/posts")
    @CanManageStaff
    String posts(Model model) {
        return posts(model, Map.of(), Map.of());
    }

    @PostMapping("/workforce/posts")
    @CanManageStaff
    String setPost(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        try {
            BigDecimal fte;
            try {
                fte = new BigDecimal(form.getOrDefault("establishmentFte", "").trim());
            } catch (NumberFormatException e) {
                throw InvalidInput.of("establishmentFte", "Enter the funded posts in FTE, e.g. 8.5");
            }
            staff.setPost(form.get("team"), fte);
            flash.addFlashAttribute("done", "Posts for " + form.get("team") + " set to " + fte.toPlainString() + " FTE");
            return "redirect:/workforce/posts";
        } catch (InvalidInput e) {
            return posts(model, form, e.errors());
        }
    }

    @PostMapping("/workforce/admin-days")
    @CanManageStaff
    String adminDay(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        try {
            String day = form.getOrDefault("adminDay", "");
            DayOfWeek d = day.isBlank() || day.equals("NONE") ? null : StaffForm.choice(DayOfWeek.class, day);
            if (d == null && !day.equals("NONE")) throw InvalidInput.of("adminDay", "Select the admin day, or none");
            adminDays.set(form.get("adminTeam"), d);
            flash.addFlashAttribute("done", form.get("adminTeam") + (d == null ? " has no admin day"
                    : "'s admin day is " + d.getDisplayName(TextStyle.FULL, Locale.UK)));
            return "redirect:/workforce/posts";
        } catch (InvalidInput e) {
            Map<String, String> errors = new HashMap<>();
            // The admin day form names its team field adminTeam, apart from the posts form's team.
            e.errors().forEach((k, v) -> errors.put(k.equals("team") ? "adminTeam" : k, v));
            return posts(model, form, errors);
        }
    }

    private String posts(Model model, Map<String, String> form, Map<String, String> errors) {
        Map<String, Double> own = new HashMap<>();
        staff.inPost(LocalDate.now(clock), null).stream().filter(s -> !s.agency())
                .forEach(s -> own.merge(s.team(), s.fteValue(), Double::sum));
        List<PostLine> lines = staff.posts().stream().map(p -> new PostLine(p.team(), p.establishmentFte().doubleValue(),
                own.getOrDefault(p.team(), 0.0))).toList();
        List<AdminDayLine> days = staff.teams().stream().map(t -> new AdminDayLine(t, adminDays.ofTeam(t)
                .map(d -> d.getDisplayName(TextStyle.FULL, Locale.UK)).orElse(null))).toList();
        model.addAttribute("adminDays", days).addAttribute("weekdays", WEEKDAYS);
        model.addAttribute("posts", lines).addAttribute("teams", staff.teams())
                .addAttribute("form", form).addAttribute("errors", errors);
        return "workforce/posts";
    }

    record AdminDayLine(String team, String day) {
    }

    private static final String WEEKDAYS = "NONE=None|MONDAY=Monday|TUESDAY=Tuesday|WEDNESDAY=Wednesday|THURSDAY=Thursday|FRIDAY=Friday";

    record PostLine(String team, double posts, double own) {
        public double vacancies() { return Math.max(0, posts - own); }
    }

    private StaffMember member(long id) {
        return staff.find(id).orElseThrow(() -> new NotFound("Staff record " + id));
    }

    /** The leaving form on a member's page: what it holds, its errors, the reasons to choose from. */
    private static void leavingForm(Model model, Map<String, String> leaving, Map<String, String> errors) {
        model.addAttribute("leaving", leaving).addAttribute("leavingErrors", errors)
                .addAttribute("reasons", LeavingReason.values())
                .addAttribute("administrator", CurrentUser.get().administrator());
    }

    private String form(Model model, Map<String, String> form, Map<String, String> errors, StaffMember member) {
        model.addAttribute("form", form).addAttribute("errors", errors).addAttribute("member", member)
                .addAttribute("teams", staff.teams()).addAttribute("types", EmploymentType.values())
                .addAttribute("roles", StaffRole.values());
        if (!model.containsAttribute("leavingErrors")) model.addAttribute("leavingErrors", Map.of());
        return member == null ? "workforce/new-staff" : "workforce/member";
    }
}
