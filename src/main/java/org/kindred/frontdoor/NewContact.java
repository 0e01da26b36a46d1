package org.kindred.frontdoor;

import java.time.Instant;
import org.kindred.person.NewPerson;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A contact as typed by a worker or sent by a partner; checked in one place ({@link Contacts#record}), so the
 * pages and the API give the same messages. Either {@code childId} names a child already on the register, or
 * {@code child} gives a new child's details (search first: the page offers the register's matches).
 *
 * @param source the CIN census referral source code, such as "2A" for a school
 * @param receivedAt when the contact arrived, never in the future; the API reads ISO date-time with an offset
 *                   ("2026-11-23T09:15:00Z") or UK local time ("2026-11-23T09:15"), see {@link ReceivedAt}
 * @param consent {@link Consent} by name
 * @param attachments any attached material, as text
 */
public record NewContact(Long childId, NewPerson child, String source,
                         @JsonDeserialize(using = ReceivedAt.class) Instant receivedAt, String worry,
                         String consent, String attachments, Boolean urgent) {
}
