package org.kindred.casework.web;

import org.kindred.access.CaseRoles.AnyStaffRole;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/** "Stay signed in" on the session timeout warning: any request renews the session; this one does nothing else. */
@Controller
class SessionPages {
    @PostMapping("/session/keep-alive")
    @AnyStaffRole
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }
}
