package org.kindred.protection.internal;

import lombok.RequiredArgsConstructor;
import org.kindred.shared.AuditableAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes the audit entry of every read and change in this module. */
@Component
@RequiredArgsConstructor
class Audit {
    private final ApplicationEventPublisher events;
    private final ProtectionChanges changes;

    void record(String action, String type, Object id, String detail) {
        if (!action.startsWith("VIEW") && !action.equals("LIST")) changes.changed();
        events.publishEvent(new AuditableAction(action, type, id == null ? null : id.toString(), detail));
    }

    void view(String type, long id, boolean found) {
        record(found ? "VIEW" : "VIEW_REFUSED_OR_MISSING", type, id, null);
    }

    void list(String type, long childId, int shown) {
        record("LIST", type, null, "child " + childId + ", " + shown + " shown");
    }

    void listForPlan(String type, long planId, int shown) {
        record("LIST", type, null, "plan " + planId + ", " + shown + " shown");
    }
}
