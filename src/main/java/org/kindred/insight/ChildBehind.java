package org.kindred.insight;

import java.time.LocalDate;

/**
 * A child behind a month's figure: the day that put them in it, a few words on what happened, and whether they are
 * in the count (for a percentage the base's other children are listed too, with {@code counted} false).
 */
public record ChildBehind(long childId, LocalDate on, String detail, boolean counted) {
}
