package org.kindred.protection.internal;

import org.kindred.shared.time.UkTime;
import java.time.LocalDate;
import org.kindred.shared.chronology.ChronologyEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes each step this module records about a child to the child's chronology, in the same transaction. */
@Component
class ProtectionChronology {
    private final ApplicationEventPublisher events;

    ProtectionChronology(ApplicationEventPublisher events) { this.events = events; }

    void step(long childId, LocalDate on, String category, String summary, String type, long id, String page) {
        events.publishEvent(new ChronologyEntry(childId, on.atStartOfDay(UkTime.ZONE).toInstant(), category, summary,
                type, Long.toString(id), "/children/" + childId + "/" + page));
    }
}
