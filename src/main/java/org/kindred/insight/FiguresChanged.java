package org.kindred.insight;

import java.time.LocalDate;

/**
 * A module's facts changed from {@code on} onwards, published in the transaction that changed them: the insight pages
 * count the months from then again once it commits. Chronology entries say the same for every step of a child's
 * story (their day is the one used); a module publishes this for a change that writes no chronology entry.
 */
public record FiguresChanged(LocalDate on) {
}
