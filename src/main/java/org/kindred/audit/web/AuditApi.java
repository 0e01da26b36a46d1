package org.kindred.audit.web;

import java.util.List;
import org.kindred.access.CaseRoles.AdministratorsOnly;
import org.kindred.audit.AuditEntry;
import org.kindred.audit.AuditTrail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for administrators' tools: GET /api/v1/audit?user=&recordType=&recordId=&from=&to=. */
@RestController
class AuditApi {
    private final AuditTrail trail;

    AuditApi(AuditTrail trail) { this.trail = trail; }

    @GetMapping(path = "/api/v1/audit", produces = "application/json")
    @AdministratorsOnly
    List<AuditEntry> search(@RequestParam(defaultValue = "") String user, @RequestParam(defaultValue = "") String recordType,
                            @RequestParam(defaultValue = "") String recordId, @RequestParam(defaultValue = "") String from,
                            @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "200") int limit) {
        return trail.search(AuditPages.query(user, recordType, recordId, from, to, limit));
    }
}
