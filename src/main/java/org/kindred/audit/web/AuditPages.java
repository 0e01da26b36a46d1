package org.kindred.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.kindred.access.CaseRoles.AdministratorsOnly;
import org.kindred.audit.AuditQuery;
import org.kindred.audit.AuditTrail;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators search who did and saw what: by user, record and date. */
@Controller
class AuditPages {
    private final AuditTrail trail;

    AuditPages(AuditTrail trail) { this.trail = trail; }

    @GetMapping("/admin/audit")
    @AdministratorsOnly
    String search(@RequestParam(defaultValue = "") String user, @RequestParam(defaultValue = "") String recordType,
                  @RequestParam(defaultValue = "") String recordId, @RequestParam(defaultValue = "") String from,
                  @RequestParam(defaultValue = "") String to, Model model) {
        model.addAttribute("user", user).addAttribute("recordType", recordType).addAttribute("recordId", recordId)
                .addAttribute("from", from).addAttribute("to", to);
        try {
            model.addAttribute("entries", trail.search(query(user, recordType, recordId, from, to, 200)));
            model.addAttribute("errors", java.util.Map.of());
        } catch (InvalidInput e) {
            model.addAttribute("entries", List.of());
            model.addAttribute("errors", e.errors());
        }
        return "audit/search";
    }

    static AuditQuery query(String user, String type, String id, String from, String to, int limit) {
        Problems p = new Problems();
        LocalDate f = date(p, "from", from);
        LocalDate t = date(p, "to", to);
        p.throwIfAny();
        return new AuditQuery(user, type, id, f, t, limit);
    }

    private static LocalDate date(Problems p, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            p.add(field, "Enter the date as yyyy-mm-dd, like 2026-11-23");
            return null;
        }
    }
}
