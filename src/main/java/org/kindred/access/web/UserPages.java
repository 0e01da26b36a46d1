package org.kindred.access.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kindred.access.CaseRoles.AdministratorsOnly;
import org.kindred.access.CurrentUser;
import org.kindred.access.NewUser;
import org.kindred.access.Role;
import org.kindred.access.Users;
import org.kindred.shared.FormPost;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create users and give them roles and teams. */
@Controller
class UserPages {
    private final Users users;

    UserPages(Users users) { this.users = users; }

    @GetMapping("/admin/users")
    @AdministratorsOnly
    String list(Model model) {
        model.addAttribute("users", users.list());
        return "access/users";
    }

    /** Disable, enable, unlock, or revoke the tokens of a user: each ends what it must at once, and is audited. */
    @PostMapping("/admin/users/{username}/{action}")
    @AdministratorsOnly
    String act(@org.springframework.web.bind.annotation.PathVariable String username,
               @org.springframework.web.bind.annotation.PathVariable String action, RedirectAttributes redirect) {
        String done = switch (action) {
            case "disable" -> { users.disable(username); yield username + " disabled: their sessions and tokens have ended"; }
            case "enable" -> { users.enable(username); yield username + " enabled"; }
            case "unlock" -> { users.unlock(username); yield username + " unlocked"; }
            case "revoke-tokens" -> { users.revokeTokens(username); yield username + "'s tokens revoked"; }
            default -> throw new org.kindred.shared.NotFound("Action");
        };
        redirect.addFlashAttribute("done", done);
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/users/new")
    @AdministratorsOnly
    String form(Model model) {
        return form(model, Map.of("username", "", "displayName", ""), Set.of(), List.of(), Map.of());
    }

    @PostMapping("/admin/users")
    @AdministratorsOnly
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String password, @RequestParam(required = false) List<Role> roles,
                  @RequestParam(required = false) List<String> teams, Model model, RedirectAttributes redirect) {
        Set<Role> chosen = roles == null ? Set.of() : EnumSet.copyOf(roles);
        List<String> chosenTeams = teams == null ? List.of() : teams;
        return FormPost.then(() -> {
            users.create(new NewUser(username, displayName, password, chosen, Set.copyOf(chosenTeams)),
                    CurrentUser.get().username());
            redirect.addFlashAttribute("createdUser", username);
        }, "/admin/users",
                errors -> form(model, Map.of("username", username, "displayName", displayName), chosen, chosenTeams, errors));
    }

    private String form(Model model, Map<String, String> values, Set<Role> roles, List<String> teams,
                        Map<String, String> errors) {
        model.addAttribute("values", values).addAttribute("chosenRoles", roles).addAttribute("chosenTeams", teams)
                .addAttribute("roles", Role.values()).addAttribute("teams", users.teams())
                .addAttribute("errors", new LinkedHashMap<>(errors));
        return "access/new-user";
    }
}
