package org.kindred.protection;

import java.time.LocalDate;

/** A visit as typed: {@code seen} and {@code seenAlone} "yes" or "no" (or true/false). */
public record NewVisit(LocalDate visitedOn, String seen, String seenAlone, String visitedBy) {
}
