package org.kindred.allocation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CurrentUser;
import org.kindred.access.Role;
import org.kindred.allocation.AllocationRoles.CanAllocate;
import org.kindred.allocation.Allocations;
import org.kindred.allocation.CaseloadCaps;
import org.kindred.allocation.Caseloads;
import org.kindred.allocation.ChangeReason;
import org.kindred.person.People;
import org.kindred.shared.FormPost;
import org.kindred.allocation.NewAllocation;
import org.kindred.shared.Problems;
import org.kindred.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's allocated worker, the history of workers, and (for managers) the form to allocate or change. */
@Controller
class AllocationPages {
    private final Clock clock;
    private final Allocations allocations;
    private final People people;
    private final WorkerChoices workers;
    private final Caseloads caseloads;
    private final List<CaseloadCaps> caps;

    AllocationPages(Allocations allocations, People people, WorkerChoices workers, Caseloads caseloads,
                    List<CaseloadCaps> caps, Clock clock) {
        this.caseloads = caseloads;
        this.caps = caps;
        this.clock = clock;
        this.allocations = allocations;
        this.people = people;
        this.workers = workers;
    }

    @GetMapping("/children/{id}/allocation")
    @CanReadCases
    String view(@PathVariable long id, Model model) {
        return view(id, model, AllocationForm.startingOn(LocalDate.now(clock)), Map.of());
    }

    @PostMapping("/children/{id}/allocation")
    @CanAllocate
    String allocate(@PathVariable long id, @ModelAttribute AllocationForm form, Model model,
                    RedirectAttributes redirect) {
        return FormPost.then(() -> {
            Problems problems = new Problems();
            NewAllocation allocation = form.toNewAllocation(problems);
            problems.alongside(() -> allocations.allocate(id, allocation));
            redirect.addFlashAttribute("allocated", true);
            overCap(allocation.workerId()).ifPresent(w -> redirect.addFlashAttribute("capWarning", w));
        }, "/children/" + id + "/allocation",
                errors -> view(id, model, form, errors));
    }

    /** A warning, not a refusal: the manager may have reasons, but sees that the protected caseload is exceeded. */
    private java.util.Optional<String> overCap(Long workerId) {
        if (workerId == null) return java.util.Optional.empty();
        LocalDate today = LocalDate.now(clock);
        int held = caseloads.heldBy(List.of(workerId)).size();
        return caps.stream().flatMap(c -> c.capFor(workerId, today).stream()).filter(c -> held > c.children())
                .findFirst().map(c -> c.why() + ". They now hold " + held + " children.");
    }

    private String view(long id, Model model, AllocationForm form, Map<String, String> errors) {
        model.addAttribute("child", people.find(id).orElseThrow(() -> new NotFound("Child")));
        model.addAttribute("allocations", allocations.forChild(id).orElseThrow(() -> new NotFound("Child")));
        CurrentUser user = CurrentUser.get();
        boolean canAllocate = user.has(Role.TEAM_MANAGER) || user.administrator();
        model.addAttribute("canAllocate", canAllocate);
        model.addAttribute("workers", canAllocate ? workers.forCurrentUser() : java.util.List.of());
        model.addAttribute("reasons", ChangeReason.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        return "allocation/child";
    }
}
