package org.kindred.frontdoor.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.kindred.frontdoor.Contact;
import org.kindred.frontdoor.InformationRequest;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The information requests of a contact; {@link JdbcContacts} checks the contact and the user first. */
@Component
class JdbcInformationRequests {
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FrontDoorChronology chronology;

    JdbcInformationRequests(JdbcClient jdbc, ApplicationEventPublisher events, Optional<Clock> clock, FrontDoorChronology chronology) {
        this.jdbc = jdbc;
        this.chronology = chronology;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    InformationRequest request(Contact contact, String agency, String question) {
        Problems p = new Problems();
        if (!contact.open()) {
            p.add("agency", "This contact has been decided: information can no longer be requested");
            p.throwIfAny();
        }
        p.require("agency", agency, "Enter the agency asked");
        p.require("question", question, "Enter what was asked");
        p.throwIfAny();
        long id = jdbc.sql("""
                insert into information_request (contact_id, agency, question, requested_at, requested_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(contact.id(), agency.trim(), question.trim(), Timestamp.from(clock.instant()),
                        CurrentUser.get().username())
                .query(Long.class).single();
        events.publishEvent(new AuditableAction("CREATE", "information_request", Long.toString(id),
                "contact " + contact.id() + ", " + agency.trim()));
        chronology.tell(contact.childId(), chronology.now(), "Information request", "Information requested from "
                + agency.trim() + ": " + FrontDoorChronology.brief(question.trim()), "information_request", id, contact.id());
        return load(contact.id(), id).orElseThrow();
    }

    InformationRequest respond(Contact contact, long requestId, String response) {
        InformationRequest request = load(contact.id(), requestId)
                .orElseThrow(() -> InvalidInput.of("response", "There is no such request for this contact"));
        if (request.answered()) {
            throw InvalidInput.of("response", "The answer to this request has already been recorded");
        }
        if (response == null || response.isBlank()) {
            throw InvalidInput.of("response", "Enter the agency's answer");
        }
        int changed = jdbc.sql("""
                update information_request set response = ?, responded_at = ?, response_recorded_by = ?
                where id = ? and responded_at is null""")
                .params(response.trim(), Timestamp.from(clock.instant()), CurrentUser.get().username(), requestId)
                .update();
        if (changed == 0) {
            throw InvalidInput.of("response", "The answer to this request has already been recorded");
        }
        events.publishEvent(new AuditableAction("UPDATE", "information_request", Long.toString(requestId),
                "answer recorded"));
        chronology.tell(contact.childId(), chronology.now(), "Information request", "Information received from "
                + request.agency() + ": " + FrontDoorChronology.brief(response.trim()), "information_request", requestId, contact.id());
        return load(contact.id(), requestId).orElseThrow();
    }

    List<InformationRequest> forContact(long contactId) {
        return jdbc.sql("select * from information_request where contact_id = ? order by requested_at, id")
                .params(contactId).query(JdbcInformationRequests::map).list();
    }

    private Optional<InformationRequest> load(long contactId, long id) {
        return jdbc.sql("select * from information_request where contact_id = ? and id = ?").params(contactId, id)
                .query(JdbcInformationRequests::map).optional();
    }

    private static InformationRequest map(ResultSet rs, int n) throws SQLException {
        Timestamp responded = rs.getTimestamp("responded_at");
        return new InformationRequest(rs.getLong("id"), rs.getLong("contact_id"), rs.getString("agency"),
                rs.getString("question"), rs.getTimestamp("requested_at").toInstant(), rs.getString("requested_by"),
                rs.getString("response"), responded == null ? null : responded.toInstant(),
                rs.getString("response_recorded_by"));
    }
}
