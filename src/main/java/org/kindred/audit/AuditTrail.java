package org.kindred.audit;

import java.util.List;

/** Reading the audit trail. Writing happens only by listening to {@link org.kindred.shared.AuditableAction}. */
public interface AuditTrail {
    List<AuditEntry> search(AuditQuery query);
}
