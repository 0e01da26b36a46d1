package org.kindred.casework.web;

import org.kindred.access.CaseRoles.AnyStaffRole;
import org.kindred.casework.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The user's notifications: the list, opening one (which marks it read), marking all read. */
@Controller
class NotificationPages {
    private final Notifications notifications;

    NotificationPages(Notifications notifications) { this.notifications = notifications; }

    @GetMapping("/notifications")
    @AnyStaffRole
    String list(Model model) {
        model.addAttribute("notifications", notifications.mine());
        return "casework/notifications";
    }

    @PostMapping("/notifications/{id}/read")
    @AnyStaffRole
    String read(@PathVariable long id) {
        return "redirect:" + notifications.read(id).filter(l -> l.startsWith("/") && !l.startsWith("//"))
                .orElse("/notifications");
    }

    @PostMapping("/notifications/read-all")
    @AnyStaffRole
    String readAll() {
        notifications.readAll();
        return "redirect:/notifications";
    }
}
