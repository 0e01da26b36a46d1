package org.kindred.recognition.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.kindred.access.Role;
import org.kindred.access.Users;
import org.kindred.recognition.Category;
import org.kindred.recognition.NewNomination;
import org.kindred.recognition.NominationWindow;
import org.kindred.recognition.NominationWindows;
import org.kindred.recognition.Nominations;
import org.kindred.recognition.RecognitionRoles.CanNominate;
import org.kindred.shared.FormPost;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every colleague's pages: the open windows, nominating a colleague, what they sent and (after it) what they got. */
@Controller
@RequiredArgsConstructor
class RecognitionPages {
    private final NominationWindows windows;
    private final Nominations nominations;
    private final Users users;

    /** A colleague as the nominee list offers them: name() is the username, as the form's select expects. */
    record Colleague(String name, String label) {
    }

    @GetMapping("/recognition")
    @CanNominate
    String home(Model model) {
        CurrentUser me = CurrentUser.get();
        model.addAttribute("open", windows.openToday());
        model.addAttribute("sent", nominations.sent());
        model.addAttribute("received", nominations.received());
        boolean organiser = me.has(Role.ADMINISTRATOR) || me.has(Role.TEAM_MANAGER);
        model.addAttribute("organiser", organiser);
        if (organiser) model.addAttribute("windows", windows.list());
        return "recognition/home";
    }

    @GetMapping("/recognition/nominations/new")
    @CanNominate
    String form(@RequestParam(required = false) Long window, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        if (window != null) form.put("windowId", Long.toString(window));
        return formPage(model, form, Map.of());
    }

    @PostMapping("/recognition/nominations")
    @CanNominate
    String nominate(@RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return FormPost.then(() -> {
            var n = nominations.nominate(new NewNomination(windowId(form.get("windowId")), form.get("nominee"),
                    form.get("category"), form.get("message")));
            r.addFlashAttribute("done", "Your nomination of " + n.nomineeName() + " is sent");
        }, "/recognition", errors -> formPage(model, form, errors));
    }

    static Long windowId(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private String formPage(Model model, Map<String, String> form, Map<String, String> errors) {
        long me = CurrentUser.get().id();
        List<NominationWindow> open = windows.openToday();
        if (!form.containsKey("windowId") && open.size() == 1) form.put("windowId", Long.toString(open.get(0).id()));
        model.addAttribute("open", open);
        model.addAttribute("colleagues", users.list().stream().filter(u -> u.enabled() && u.id() != me)
                .sorted(java.util.Comparator.comparing(org.kindred.access.UserView::displayName))
                .map(u -> new Colleague(u.username(), u.displayName() + (u.teams().isEmpty() ? "" : ", "
                        + String.join(", ", new java.util.TreeSet<>(u.teams()))))).toList());
        model.addAttribute("categories", Category.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "recognition/nominate";
    }
}
