package org.kindred.audit;

import java.time.LocalDate;

/** What an administrator searches the trail by; any part may be blank. */
public record AuditQuery(String username, String recordType, String recordId, LocalDate from, LocalDate to, int limit) {
}
