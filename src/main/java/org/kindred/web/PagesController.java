package org.kindred.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kindred.access.CaseRoles.AnyStaffRole;
import org.kindred.access.CurrentUser;
import org.kindred.access.Role;
import org.kindred.access.SignInChoices;
import org.kindred.allocation.DueItem;
import org.kindred.allocation.MyWork;
import org.kindred.casework.Tasks;
import org.kindred.fostering.FosteringWork;
import org.kindred.recruitment.Applicants;
import org.kindred.workforce.AdminDays;
import org.kindred.workforce.ManagerWorkforce;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign-in and the "My work" home page: a worker's children and deadlines, a manager's team. */
@Controller
class PagesController {
    private final Clock clock;
    private final MyWork myWork;
    private final FosteringWork fostering;
    private final Applicants applicants;
    private final ManagerWorkforce workforce;
    private final SignInChoices signIn;
    private final AdminDays adminDays;
    private final Tasks tasks;

    PagesController(MyWork myWork, FosteringWork fostering, Applicants applicants, ManagerWorkforce workforce,
                    AdminDays adminDays, Tasks tasks, Clock clock, SignInChoices signIn) {
        this.signIn = signIn;
        this.tasks = tasks;
        this.adminDays = adminDays;
        this.workforce = workforce;
        this.myWork = myWork;
        this.fostering = fostering;
        this.applicants = applicants;
        this.clock = clock;
    }

    /** Why the identity provider's sign-in was refused: one of a fixed few, so the page never repeats what was sent. */
    private static final java.util.Set<String> REFUSALS = java.util.Set.of("unknown", "disabled", "unreachable", "failed");

    @GetMapping("/login")
    String login(@org.springframework.web.bind.annotation.RequestParam(required = false) String oidc, Model model) {
        signIn.identityProvider().ifPresent(name -> {
            model.addAttribute("identityProvider", name);
            model.addAttribute("identityProviderStart", SignInChoices.IDENTITY_PROVIDER_START);
            if (oidc != null && REFUSALS.contains(oidc)) {
                model.addAttribute("identityProviderRefusal", oidc);
            }
        });
        return "login";
    }

    @GetMapping("/")
    @AnyStaffRole
    String myWork(Model model) {
        CurrentUser user = CurrentUser.get();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("user", user);
        model.addAttribute("socialWorker", user.has(Role.SOCIAL_WORKER));
        if (user.has(Role.SOCIAL_WORKER) || user.has(Role.FRONT_DOOR_WORKER)) {
            var work = myWork.worker(user.id(), today);
            model.addAttribute("work", work);
            model.addAttribute("visitSuggestions", visitSuggestions(user.id(), work.due(), today));
        }
        if (user.has(Role.FOSTERING_OFFICER)) {
            model.addAttribute("fostering", fostering.summary(today));
        }
        // A campaign's leader contacts every applicant within 5 working days (issue 15): their list, whatever their role.
        model.addAttribute("applicantsToContact", applicants.contactsDueFor(user.id()));
        model.addAttribute("today", today);
        if (user.has(Role.TEAM_MANAGER)) {
            model.addAttribute("team", myWork.manager(user.id(), today));
            model.addAttribute("workforce", workforce.forManager(user.id(), today));
        }
        // Read here, not by the template while it renders (ADR 0038): under load a template's query failed the page.
        if (Navigation.of(user).readCases()) model.addAttribute("openTasks", tasks.mine().size());
        return "home";
    }

    /**
     * For each visit due (not yet overdue), the date Kindred suggests: the working day before it that is not the
     * worker's team's protected admin day (issue 15, item 5).
     */
    private Map<DueItem, LocalDate> visitSuggestions(long userId, List<DueItem> due, LocalDate today) {
        Map<DueItem, LocalDate> out = new HashMap<>();
        List<DueItem> visits = due.stream()
                .filter(d -> !d.overdue() && d.what().toLowerCase(java.util.Locale.ROOT).contains("visit")).toList();
        if (visits.isEmpty()) return out; // no query for the admin day on a My work with no visit due
        DayOfWeek adminDay = adminDays.ofUser(userId).orElse(null);
        for (DueItem d : visits) {
            LocalDate suggested = adminDays.suggestedVisit(d.due(), adminDay);
            out.put(d, suggested.isBefore(today) ? d.due() : suggested);
        }
        return out;
    }
}
