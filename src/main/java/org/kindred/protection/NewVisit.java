package org.kindred.protection;

/** A visit as typed: ISO date; {@code seen} and {@code seenAlone} "yes" or "no" (or true/false). */
public record NewVisit(String visitedOn, String seen, String seenAlone, String visitedBy) {
}
