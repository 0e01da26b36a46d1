package org.kindred.person.web;

import org.kindred.shared.Problems;
import org.kindred.person.NewPerson;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.access.CurrentUser;
import org.kindred.access.Role;
import org.kindred.person.Ethnicity;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.person.PersonMerges;
import org.kindred.person.RegisterSearch;
import org.kindred.person.SearchCandidate;
import org.kindred.person.internal.FamilyView;
import org.kindred.person.internal.GenogramReader;
import org.kindred.person.internal.search.RegisterIndex;
import org.kindred.person.Sex;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.register.CareLeavers;
import org.kindred.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages to find, add and view children. */
@Controller
class ChildPages {
    /** Candidates at least this likely are shown before a new record is made. */
    static final double LIKELY = 0.5;
    private final People people;
    private final RegisterSearch search;
    private final PersonMerges merges;
    private final ChildPageAssembly assembly;
    private final FamilyView families;
    private final GenogramReader genograms;
    private final Clock clock;
    private final CareLeavers careLeavers;
    private final TransactionTemplate readOnly;

    ChildPages(People people, RegisterSearch search, PersonMerges merges, ChildPageAssembly assembly,
               FamilyView families, GenogramReader genograms, CareLeavers careLeavers,
               PlatformTransactionManager transactions, Optional<Clock> clock) {
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.careLeavers = careLeavers;
        this.people = people;
        this.search = search;
        this.merges = merges;
        this.assembly = assembly;
        this.families = families;
        this.genograms = genograms;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @GetMapping("/children")
    @CanReadCases
    String list(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "0") int page, Model model) {
        // Children: under 18, or care leavers up to 25; adults are on the People list.
        model.addAttribute("result", people.listChildren(name, page, 25, LocalDate.now(clock), careLeavers.ids()));
        model.addAttribute("name", name);
        model.addAttribute("listPath", "/children");
        model.addAttribute("listTitle", "Children");
        return "person/list";
    }

    /** Everyone in the register, adults included. */
    @GetMapping("/people")
    @CanReadCases
    String everyone(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", people.list(name, page, 25));
        model.addAttribute("name", name);
        model.addAttribute("listPath", "/people");
        model.addAttribute("listTitle", "People");
        return "person/list";
    }

    @GetMapping("/children/new")
    @CanRecordCases
    String form(Model model) {
        return form(model, new ChildForm(), Map.of());
    }

    @PostMapping("/children")
    @CanRecordCases
    String create(@ModelAttribute ChildForm form, Model model, RedirectAttributes redirect) {
        // Search first: the worker confirms the child is new before a second record is made.
        if (!form.isConfirmedNew()) {
            List<SearchCandidate> likely = likelyMatches(form);
            if (!likely.isEmpty()) {
                model.addAttribute("likely", likely);
                return form(model, form, Map.of());
            }
        }
        try {
            Problems problems = new Problems();
            NewPerson person = form.toNewPerson(problems);
            Person created = problems.alongside(() -> people.create(person), form.optionalDates());
            redirect.addFlashAttribute("created", true);
            return "redirect:/children/" + created.id();
        } catch (InvalidInput e) {
            return form(model, form, e.errors());
        }
    }

    private List<SearchCandidate> likelyMatches(ChildForm form) {
        try {
            return search.likelyMatches(form.toNewPerson(new Problems()), 5).stream().filter(c -> c.probability() >= LIKELY).toList();
        } catch (RegisterIndex.IndexStarting e) {
            return List.of();
        }
    }

    private String form(Model model, ChildForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("ethnicities", Arrays.asList(Ethnicity.values()));
        return "person/new";
    }

    @GetMapping("/children/{id}")
    @CanReadCases
    String view(@PathVariable long id, Model model) {
        // The one audit entry for the whole page: the sections read without auditing again (ADR 0019).
        Person person = people.find(id).orElseThrow(() -> new NotFound("Child"));
        model.addAttribute("child", person);
        // Every module's section in one read-only transaction: one connection and one round trip to begin and end,
        // where each section's own transaction cost both (about ten a page). The view's audit entry is committed
        // before, by find, so that a refused look is recorded whatever follows.
        readOnly.executeWithoutResult(status -> {
            model.addAttribute("story", assembly.assemble(person, LocalDate.now(clock), families.forChildPage(id),
                    genograms.forChild(id)));
            merges.mergedInto(id).ifPresent(m -> model.addAttribute("mergedInto", m));
        });
        model.addAttribute("canRestrict", CurrentUser.get().has(Role.ADMINISTRATOR) || CurrentUser.get().has(Role.TEAM_MANAGER));
        return "person/view";
    }

    /** The genogram on a page of its own, to print: the same drawing and table as the child's page. */
    @GetMapping("/children/{id}/genogram")
    @CanReadCases
    String genogram(@PathVariable long id, Model model) {
        Person person = people.find(id).orElseThrow(() -> new NotFound("Child"));
        model.addAttribute("child", person);
        model.addAttribute("genogram", genograms.forChild(id));
        return "person/genogram-page";
    }

    @PostMapping("/children/{id}/restriction")
    @PreAuthorize("hasAnyRole('TEAM_MANAGER','ADMINISTRATOR')")
    String restrict(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
                    @RequestParam(defaultValue = "") String grantTo, RedirectAttributes redirect) {
        List<String> users = Arrays.stream(grantTo.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        try {
            people.restrict(id, reason, users);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("restrictErrors", e.errors());
        }
        return "redirect:/children/" + id;
    }
}
