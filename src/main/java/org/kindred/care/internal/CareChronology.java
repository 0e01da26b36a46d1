package org.kindred.care.internal;

import org.kindred.shared.time.UkTime;
import java.time.Instant;
import java.time.LocalDate;
import org.kindred.shared.chronology.ChronologyEntry;
import org.springframework.context.ApplicationEventPublisher;

/** Tells the child's chronology what the care module recorded, with a link back to the care page. */
final class CareChronology {
    private CareChronology() {
    }

    static void publish(ApplicationEventPublisher events, long childId, LocalDate on, String category, String summary,
                        String sourceType, long sourceId) {
        publish(events, childId, on.atStartOfDay(UkTime.ZONE).toInstant(), category, summary, sourceType, sourceId);
    }

    static void publish(ApplicationEventPublisher events, long childId, Instant at, String category, String summary,
                        String sourceType, long sourceId) {
        events.publishEvent(new ChronologyEntry(childId, at, category, summary, sourceType, Long.toString(sourceId),
                "/children/" + childId + "/care"));
    }
}
