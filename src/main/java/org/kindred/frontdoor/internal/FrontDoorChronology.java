package org.kindred.frontdoor.internal;

import org.kindred.shared.time.UkTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.kindred.frontdoor.ContactDecisionDue;
import org.kindred.shared.chronology.ChronologyEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the child's chronology each step the front door records, in the same transaction as the step. */
@Component
class FrontDoorChronology {
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrontDoorChronology(ApplicationEventPublisher events, Optional<Clock> clock) {
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    void tell(long childId, Instant at, String category, String summary, String type, long id, long contactId) {
        events.publishEvent(new ChronologyEntry(childId, at, category, summary, type, Long.toString(id),
                "/front-door/contacts/" + contactId));
    }

    /** A step dated by day: now when it is today, else midday (UK) of that day, so the day reads right. */
    Instant on(LocalDate day) {
        return day.equals(UkTime.today(clock)) ? clock.instant()
                : day.atTime(LocalTime.NOON).atZone(UkTime.ZONE).toInstant();
    }

    Instant now() { return clock.instant(); }

    static String brief(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }
}
