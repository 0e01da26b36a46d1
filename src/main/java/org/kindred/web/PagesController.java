package org.kindred.web;

import org.kindred.access.CaseRoles.AnyStaffRole;
import org.kindred.access.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign-in and the "My work" home page. */
@Controller
class PagesController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    @AnyStaffRole
    String myWork(Model model) {
        model.addAttribute("user", CurrentUser.get());
        return "home";
    }
}
