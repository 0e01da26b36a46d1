package org.kindred.frontdoor.internal;

import org.kindred.shared.time.UkTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.kindred.frontdoor.ContactDecisionDue;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.returns.annexa.AnnexAChild;
import org.kindred.returns.annexa.AnnexACodes;
import org.kindred.returns.annexa.AnnexAContributor;
import org.kindred.returns.annexa.AnnexAList;
import org.kindred.shared.AuditableAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Annex A list 1: every contact received in the period (Ofsted's ILACS guidance: all contacts, whatever was decided),
 * with the child's columns from the register (one read for the whole list; restricted children the user may not see
 * are left out) and the source as Annex A groups the CIN census codes.
 */
@Component
class ContactsAnnexA implements AnnexAContributor {
    private static final ZoneId UK = UkTime.ZONE;
    private final JdbcClient jdbc;
    private final People people;
    private final ApplicationEventPublisher events;

    ContactsAnnexA(JdbcClient jdbc, People people, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.people = people;
        this.events = events;
    }

    private record Received(long childId, LocalDate on, String source) {
    }

    @Override
    public void contribute(LocalDate from, LocalDate to, Lists lists) {
        List<Received> contacts = jdbc.sql("""
                        select child_id, (received_at at time zone 'Europe/London')::date as received_on, source
                        from contact where deleted_at is null
                          and received_at >= :from and received_at < :until
                        order by received_at, id""")
                .param("from", from.atStartOfDay(UK).toOffsetDateTime())
                .param("until", to.plusDays(1).atStartOfDay(UK).toOffsetDateTime())
                .query((rs, n) -> new Received(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list();
        events.publishEvent(new AuditableAction("LIST", "contact", null,
                "Annex A list 1, " + from + " to " + to + ": " + contacts.size() + " contacts"));
        Map<Long, Person> children = people.findAll(contacts.stream().map(Received::childId).toList());
        for (Received c : contacts) {
            Person child = children.get(c.childId());
            if (child != null) {
                Map<String, Object> row = AnnexAChild.columns(child, to);
                row.put("Date of Contact", c.on());
                row.put("Contact Source", AnnexACodes.source(c.source()));
                lists.add(AnnexAList.LIST_1, row);
            }
        }
    }
}
