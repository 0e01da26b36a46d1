package org.kindred.earlyhelp.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.kindred.shared.chronology.ChronologyEntry;
import org.kindred.shared.time.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the child's chronology what early help and interventions did, in the recording transaction. */
@Component
class EarlyHelpChronology {
    private final ApplicationEventPublisher events;

    EarlyHelpChronology(ApplicationEventPublisher events) { this.events = events; }

    void tell(long childId, LocalDate on, String category, String summary, String type, long id, String link) {
        Instant at = UkTime.instant(on, java.time.LocalTime.NOON);
        events.publishEvent(new ChronologyEntry(childId, at, category, summary, type, Long.toString(id), link));
    }
}
