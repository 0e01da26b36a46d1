package org.kindred.protection.internal;

import org.kindred.shared.AuditableAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes the audit entry of every read and change in this module. */
@Component
class Audit {
    private final ApplicationEventPublisher events;

    Audit(ApplicationEventPublisher events) { this.events = events; }

    void record(String action, String type, Object id, String detail) {
        events.publishEvent(new AuditableAction(action, type, id == null ? null : id.toString(), detail));
    }

    void view(String type, long id, boolean found) {
        record(found ? "VIEW" : "VIEW_REFUSED_OR_MISSING", type, id, null);
    }

    void list(String type, long childId, int shown) {
        record("LIST", type, null, "child " + childId + ", " + shown + " shown");
    }
}
