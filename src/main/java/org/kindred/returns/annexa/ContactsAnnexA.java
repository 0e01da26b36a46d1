package org.kindred.returns.annexa;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.frontdoor.FrontDoorFacts.ContactReceived;
import org.kindred.frontdoor.FrontDoorFacts;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.shared.AuditableAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Annex A list 1: every contact received in the period (Ofsted's ILACS guidance: all contacts, whatever was decided),
 * from the front door's facts, with the child's columns from the register (one read for the whole list; restricted
 * children the user may not see are left out) and the source as Annex A groups the CIN census codes.
 */
@Component
@RequiredArgsConstructor
class ContactsAnnexA implements AnnexAContributor {
    private final FrontDoorFacts frontDoor;
    private final People people;
    private final ApplicationEventPublisher events;

    @Override
    public void contribute(LocalDate from, LocalDate to, Lists lists) {
        List<ContactReceived> contacts = frontDoor.contactsReceived(from, to);
        events.publishEvent(new AuditableAction("LIST", "contact", null,
                "Annex A list 1, " + from + " to " + to + ": " + contacts.size() + " contacts"));
        Map<Long, Person> children = people.findAll(contacts.stream().map(ContactReceived::childId).toList());
        for (ContactReceived c : contacts) {
            Person child = children.get(c.childId());
            if (child != null) {
                Map<String, Object> row = AnnexAChild.columns(child, to);
                row.put("Date of Contact", c.on());
                row.put("Contact Source", AnnexACodes.source(c.source() == null ? null : c.source().code()));
                lists.add(AnnexAList.LIST_1, row);
            }
        }
    }
}
