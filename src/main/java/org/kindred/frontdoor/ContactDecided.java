package org.kindred.frontdoor;

import java.time.LocalDate;

/**
 * Published in the deciding transaction when the front door decides a contact, so that a module acting on the
 * decision (early help opens an episode on a step-down) needs no second typing and never reads the front door's
 * tables.
 *
 * @param information what the contact said and why it was decided so, for the service that takes it on
 */
public record ContactDecided(long contactId, long childId, ContactDecision decision, LocalDate decidedOn,
                             String sourceLabel, String information) {
}
