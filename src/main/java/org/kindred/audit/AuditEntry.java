package org.kindred.audit;

import java.time.Instant;

/** One line of the audit trail. */
public record AuditEntry(long id, Instant at, String username, String action, String recordType, String recordId,
                         String detail, String requestId, String clientAddress) {
}
