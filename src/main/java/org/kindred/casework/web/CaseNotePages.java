package org.kindred.casework.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.casework.CaseNote;
import org.kindred.casework.CaseNotes;
import org.kindred.casework.NoteInput;
import org.kindred.casework.NoteType;
import org.kindred.casework.SeenAlone;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child's case notes: the list, one note with its earlier versions, the form (a draft restored when there is one,
 * saved by a button without JavaScript and as the worker types with it), and corrections.
 */
@Controller
@RequiredArgsConstructor
class CaseNotePages {
    private final CaseNotes notes;
    private final People people;
    private final Clock clock;

    /** How long the session lasts without a request, for the page's timeout warning. */
    @org.springframework.web.bind.annotation.ModelAttribute("sessionSeconds")
    int sessionSeconds(jakarta.servlet.http.HttpServletRequest request) {
        var session = request.getSession(false);
        return session == null ? 0 : session.getMaxInactiveInterval();
    }

    @GetMapping("/children/{id}/notes")
    @CanReadCases
    String list(@PathVariable long id, Model model) {
        model.addAttribute("child", child(id));
        model.addAttribute("notes", notes.forChild(id));
        return "casework/notes";
    }

    @GetMapping("/children/{id}/notes/{noteId}")
    @CanReadCases
    String view(@PathVariable long id, @PathVariable long noteId, Model model) {
        model.addAttribute("child", child(id));
        model.addAttribute("note", notes.find(id, noteId).orElseThrow(() -> new NotFound("Case note")));
        model.addAttribute("versions", notes.versions(id, noteId));
        return "casework/note";
    }

    @GetMapping("/children/{id}/notes/new")
    @CanRecordCases
    String form(@PathVariable long id, Model model) {
        var draft = notes.draft(id);
        model.addAttribute("restored", draft.isPresent());
        return form(id, draft.map(HashMap::new).orElseGet(() -> new HashMap<>(NoteForms.fresh(clock))), Map.of(), model);
    }

    @PostMapping("/children/{id}/notes")
    @CanRecordCases
    String add(@PathVariable long id, @RequestParam Map<String, String> form,
               @RequestParam(defaultValue = "") String action, Model model, RedirectAttributes redirect) {
        if ("draft".equals(action)) {
            notes.saveDraft(id, form);
            redirect.addFlashAttribute("draftSaved", true);
            return "redirect:/children/" + id + "/notes/new";
        }
        try {
            Problems problems = new Problems();
            NoteInput input = NoteForms.input(form, problems);
            CaseNote note = problems.alongside(() -> notes.add(id, input));
            redirect.addFlashAttribute("added", true);
            return "redirect:/children/" + id + "/notes/" + note.id();
        } catch (InvalidInput e) {
            notes.saveDraft(id, form);
            return form(id, new HashMap<>(form), e.errors(), model);
        }
    }

    /** The draft as the worker types (the page's script posts it every few seconds after a change). */
    @PostMapping("/children/{id}/notes/draft")
    @CanRecordCases
    ResponseEntity<Void> autosave(@PathVariable long id, @RequestParam Map<String, String> form) {
        notes.saveDraft(id, form);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/children/{id}/notes/{noteId}/correct")
    @CanRecordCases
    String correctForm(@PathVariable long id, @PathVariable long noteId, Model model) {
        CaseNote note = notes.find(id, noteId).orElseThrow(() -> new NotFound("Case note"));
        model.addAttribute("note", note);
        return form(id, new HashMap<>(NoteForms.of(note)), Map.of(), model);
    }

    @PostMapping("/children/{id}/notes/{noteId}/correct")
    @CanRecordCases
    String correct(@PathVariable long id, @PathVariable long noteId, @RequestParam Map<String, String> form,
                   Model model, RedirectAttributes redirect) {
        try {
            Problems problems = new Problems();
            NoteInput input = NoteForms.input(form, problems);
            problems.alongside(() -> notes.correct(id, noteId, input, form.get("reason")));
            redirect.addFlashAttribute("corrected", true);
            return "redirect:/children/" + id + "/notes/" + noteId;
        } catch (InvalidInput e) {
            model.addAttribute("note", notes.find(id, noteId).orElseThrow(() -> new NotFound("Case note")));
            return form(id, new HashMap<>(form), e.errors(), model);
        }
    }

    private String form(long id, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("child", child(id));
        model.addAttribute("types", NoteType.values());
        model.addAttribute("alone", SeenAlone.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        return "casework/note-form";
    }

    private Person child(long id) {
        return people.find(id).orElseThrow(() -> new NotFound("Child"));
    }
}
