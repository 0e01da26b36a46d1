package org.kindred.shared;

/**
 * Something a user did to or saw of a record, published by the module that did it; the audit module
 * listens and writes who, when and from which request. Published in the same transaction as the change,
 * so a change is never committed without its audit entry.
 *
 * @param action what happened, in capitals: VIEW, CREATE, UPDATE, LIST, SEARCH, RESTRICT, GRANT...
 * @param recordType the kind of record, e.g. "person"
 * @param recordId the record's id, or null for a list or search
 * @param detail a short description (never the record's sensitive content)
 */
public record AuditableAction(String action, String recordType, String recordId, String detail) {
    /** A look at one record: VIEW when it was shown, VIEW_REFUSED_OR_MISSING when it is restricted or not there. */
    public static AuditableAction view(String recordType, long id, boolean found) {
        return new AuditableAction(found ? "VIEW" : "VIEW_REFUSED_OR_MISSING", recordType, Long.toString(id), null);
    }
}
