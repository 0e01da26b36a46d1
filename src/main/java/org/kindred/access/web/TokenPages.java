package org.kindred.access.web;

import lombok.RequiredArgsConstructor;
import org.kindred.access.ApiTokens;
import org.kindred.access.CaseRoles.AdministratorsOnly;
import org.kindred.access.CaseRoles.AnyStaffRole;
import org.kindred.access.CurrentUser;
import org.kindred.access.Users;
import org.kindred.shared.AccountEvent;
import org.kindred.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * API tokens on a page: a user lists, issues and revokes their own; an administrator lists and revokes another's.
 * Issue and revoke are audited (TOKEN_ISSUED, TOKEN_REVOKED) by ApiTokens; an administrator's look at another's
 * tokens is audited too (TOKENS_VIEWED). A new token is shown once, in the answer to the POST that made it: it is
 * never put in the session (sessions are rows in PostgreSQL) nor kept.
 */
@Controller
@RequiredArgsConstructor
class TokenPages {
    private final ApiTokens tokens;
    private final Users users;
    private final ApplicationEventPublisher events;

    @GetMapping("/account/tokens")
    @AnyStaffRole
    String mine(Model model) {
        return mine(model, null);
    }

    @PostMapping("/account/tokens")
    @AnyStaffRole
    String issue(Model model) {
        return mine(model, tokens.issue(CurrentUser.get().id()));
    }

    @PostMapping("/account/tokens/{id}/revoke")
    @AnyStaffRole
    String revokeMine(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("done", "Token " + id + " revoked");
        return "redirect:/account/tokens";
    }

    @GetMapping("/admin/users/{username}/tokens")
    @AdministratorsOnly
    String theirs(@PathVariable String username, Model model) {
        users.find(username).orElseThrow(() -> new NotFound("User"));
        events.publishEvent(new AccountEvent(username, "TOKENS_VIEWED", CurrentUser.get().username(), null));
        model.addAttribute("tokens", tokens.list(username)).addAttribute("username", username).addAttribute("own", false);
        return "access/tokens";
    }

    @PostMapping("/admin/users/{username}/tokens/{id}/revoke")
    @AdministratorsOnly
    String revokeTheirs(@PathVariable String username, @PathVariable long id, RedirectAttributes redirect) {
        if (tokens.list(username).stream().noneMatch(t -> t.id() == id)) throw new NotFound("Token");
        tokens.revoke(id);
        redirect.addFlashAttribute("done", "Token " + id + " of " + username + " revoked");
        return "redirect:/admin/users/" + username + "/tokens";
    }

    private String mine(Model model, ApiTokens.Issued issued) {
        String me = CurrentUser.get().username();
        model.addAttribute("tokens", tokens.list(me)).addAttribute("username", me).addAttribute("own", true)
                .addAttribute("issued", issued);
        return "access/tokens";
    }
}
