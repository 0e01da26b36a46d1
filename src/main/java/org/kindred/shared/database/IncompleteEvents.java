package org.kindred.shared.database;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Event publications a crash left incomplete (a listener that had not finished when the process or the database
 * died, such as the search index taking in a new person) are delivered again when the server is ready: every
 * publication older than this start. Listeners are idempotent (they re-read what the event names).
 */
@Component
@ConditionalOnWebApplication
public class IncompleteEvents {
    private static final Logger log = LoggerFactory.getLogger(IncompleteEvents.class);
    private final IncompleteEventPublications incomplete;
    private final Instant started = Instant.now();

    IncompleteEvents(IncompleteEventPublications incomplete) { this.incomplete = incomplete; }

    @EventListener(ApplicationReadyEvent.class)
    public void resubmit() {
        incomplete.resubmitIncompletePublications(p -> p.getPublicationDate().isBefore(started));
        log.info("Resubmitted event publications left incomplete before {}", started);
    }
}
