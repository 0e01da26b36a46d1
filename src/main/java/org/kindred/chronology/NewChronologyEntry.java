package org.kindred.chronology;

import java.time.LocalDate;

/**
 * An entry a worker writes by hand, as typed.
 *
 * @param date the day it happened: not in the future
 * @param category one of {@link Chronology#HAND_WRITTEN_CATEGORIES}
 * @param text what happened, in the worker's words
 */
public record NewChronologyEntry(LocalDate date, String category, String text) {
}
