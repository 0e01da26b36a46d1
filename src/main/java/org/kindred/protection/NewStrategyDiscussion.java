package org.kindred.protection;

import java.time.LocalDate;

/**
 * A strategy discussion as typed; checked in one place so the pages and the API give the same messages.
 *
 * @param heldOn not in the future
 * @param route {@link StrategyRoute} by name
 * @param agencies the agencies present, one per line or comma separated
 * @param decision {@link StrategyDecision} by name
 */
public record NewStrategyDiscussion(Long childId, LocalDate heldOn, String route, String agencies, String information,
                                    String decision) {
}
