package org.kindred.earlyhelp.internal;

import org.kindred.frontdoor.ContactDecided;
import org.kindred.frontdoor.ContactDecision;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A step-down: the front door's decision "early help" opens an episode for the child's household in the deciding
 * transaction, with what the contact said, so nobody types it again.
 */
@Component
class StepDownListener {
    private final JdbcEpisodes episodes;

    StepDownListener(JdbcEpisodes episodes) { this.episodes = episodes; }

    @EventListener
    void on(ContactDecided decided) {
        if (decided.decision() != ContactDecision.EARLY_HELP) return;
        episodes.openFromContact(decided.contactId(), decided.childId(), decided.decidedOn(),
                "Contact from " + decided.sourceLabel() + ": " + decided.information());
    }
}
