package org.kindred.person.web;

import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.person.Families;
import org.kindred.person.NameKind;
import org.kindred.person.NewAddress;
import org.kindred.person.NewPersonName;
import org.kindred.person.People;
import org.kindred.person.PersonHistory;
import org.kindred.person.RelationshipKind;
import org.kindred.shared.FormPost;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's names and aliases, addresses over time, and the family and household around them. */
@Controller
@RequiredArgsConstructor
class RegisterHistoryPages {
    private final People people;
    private final PersonHistory history;
    private final Families families;

    @GetMapping("/children/{id}/names")
    @CanReadCases
    String names(@PathVariable long id, Model model) {
        return names(id, model, NameForm.empty(), Map.of());
    }

    @PostMapping("/children/{id}/names")
    @CanRecordCases
    String addName(@PathVariable long id, @ModelAttribute NameForm form, Model model, RedirectAttributes redirect) {
        return FormPost.then(() -> {
            Problems problems = new Problems();
            NewPersonName name = form.toNewName(problems);
            problems.alongside(() -> history.addName(id, name), "from", "to");
            redirect.addFlashAttribute("added", "Name added");
        }, "/children/" + id + "/names",
                errors -> names(id, model, form, errors));
    }

    private String names(long id, Model model, NameForm form, Map<String, String> errors) {
        child(id, model, form, errors);
        model.addAttribute("names", history.names(id));
        model.addAttribute("kinds", NameKind.values());
        return "person/names";
    }

    @GetMapping("/children/{id}/addresses")
    @CanReadCases
    String addresses(@PathVariable long id, Model model) {
        return addresses(id, model, AddressForm.empty(), Map.of());
    }

    @PostMapping("/children/{id}/addresses")
    @CanRecordCases
    String move(@PathVariable long id, @ModelAttribute AddressForm form, Model model, RedirectAttributes redirect) {
        return FormPost.then(() -> {
            Problems problems = new Problems();
            NewAddress address = form.toNewAddress(problems);
            problems.alongside(() -> history.moveTo(id, address), "from");
            redirect.addFlashAttribute("added", "Address recorded");
        }, "/children/" + id + "/addresses",
                errors -> addresses(id, model, form, errors));
    }

    private String addresses(long id, Model model, AddressForm form, Map<String, String> errors) {
        child(id, model, form, errors);
        model.addAttribute("addresses", history.addresses(id));
        return "person/addresses";
    }

    @GetMapping("/children/{id}/family")
    @CanReadCases
    String family(@PathVariable long id, Model model) {
        return family(id, model, RelationshipForm.empty(), Map.of());
    }

    @PostMapping("/children/{id}/relationships")
    @CanRecordCases
    String relate(@PathVariable long id, @ModelAttribute RelationshipForm form, Model model, RedirectAttributes redirect) {
        return FormPost.then(() -> {
            families.relate(id, form.toNewRelationship());
            redirect.addFlashAttribute("added", "Relationship added");
        }, "/children/" + id + "/family",
                errors -> family(id, model, form, errors));
    }

    private String family(long id, Model model, RelationshipForm form, Map<String, String> errors) {
        child(id, model, form, errors);
        model.addAttribute("family", families.of(id));
        model.addAttribute("kinds", RelationshipKind.values());
        return "person/family";
    }

    private void child(long id, Model model, Object form, Map<String, String> errors) {
        model.addAttribute("child", people.find(id).orElseThrow(() -> new NotFound("Child")));
        model.addAttribute("form", form);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
    }
}
