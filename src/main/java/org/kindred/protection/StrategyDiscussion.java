package org.kindred.protection;

import java.time.Instant;
import java.time.LocalDate;

/** A strategy discussion about a child suspected to be suffering significant harm, and what it decided. */
public record StrategyDiscussion(long id, long childId, LocalDate heldOn, StrategyRoute route, String agencies,
                                 String information, StrategyDecision decision, Instant createdAt, String createdBy) {
}
