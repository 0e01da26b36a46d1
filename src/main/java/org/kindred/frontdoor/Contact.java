package org.kindred.frontdoor;

import java.time.Instant;

/** A contact as the pages and API show it, with its decision clock; the child's name comes from the register. */
public record Contact(long id, long childId, String childName, String source, String sourceLabel, Instant receivedAt, String worry,
                      Consent consent, String attachments, boolean urgent, Instant decisionDue,
                      ContactDecision decision, String decisionReason, Instant decidedAt, String decidedBy,
                      Long referralId, boolean needsAuthorisation, String authorisedBy, Instant authorisedAt,
                      Instant createdAt, String createdBy) {

    /** Decided, but waiting for a team manager's authorisation ({@link DecisionNeedsAuthorisation}). */
    public boolean awaitingAuthorisation() { return needsAuthorisation && authorisedAt == null; }

    public boolean open() { return decision == null; }

    /** The clock's rating now; null once decided. */
    public ContactDecisionDue.Rag rag(Instant now) {
        return open() ? ContactDecisionDue.rag(receivedAt, now) : null;
    }

    /** True when the decision was made after it was due. */
    public boolean decidedLate() { return decidedAt != null && decidedAt.isAfter(decisionDue); }
}
