package org.kindred.frontdoor.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.kindred.frontdoor.Consent;
import org.kindred.frontdoor.Contact;
import org.kindred.frontdoor.ContactDecision;
import org.kindred.frontdoor.ContactDecisionDue;
import org.kindred.frontdoor.ReferralSource;

/** Reads a contact, with the id of the referral made from it. */
final class ContactRows {
    static final String SELECT = """
            select c.*, r.id as referral_id from contact c left join referral r on r.contact_id = c.id
                   and r.deleted_at is null
            where c.deleted_at is null""";

    private ContactRows() {
    }

    /** The row, without the child's name (the caller adds it from the register). */
    static Contact map(ResultSet rs, int row) throws SQLException {
        ReferralSource source = ReferralSource.fromCode(rs.getString("source")).orElseThrow();
        Instant received = instant(rs, "received_at");
        String decision = rs.getString("decision");
        Long referral = rs.getObject("referral_id", Long.class);
        return new Contact(rs.getLong("id"), rs.getLong("child_id"), null, source.code(), source.label(), received,
                rs.getString("worry"), Consent.valueOf(rs.getString("consent")), rs.getString("attachments"),
                rs.getBoolean("urgent"), ContactDecisionDue.due(received),
                decision == null ? null : ContactDecision.valueOf(decision), rs.getString("decision_reason"),
                instant(rs, "decided_at"), rs.getString("decided_by"), referral,
                rs.getBoolean("needs_authorisation"), rs.getString("authorised_by"), instant(rs, "authorised_at"),
                instant(rs, "created_at"), rs.getString("created_by"));
    }

    static Contact named(Contact c, String childName) {
        return new Contact(c.id(), c.childId(), childName, c.source(), c.sourceLabel(), c.receivedAt(), c.worry(),
                c.consent(), c.attachments(), c.urgent(), c.decisionDue(), c.decision(), c.decisionReason(),
                c.decidedAt(), c.decidedBy(), c.referralId(), c.needsAuthorisation(), c.authorisedBy(), c.authorisedAt(),
                c.createdAt(), c.createdBy());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
