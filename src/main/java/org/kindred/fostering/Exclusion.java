package org.kindred.fostering;

/** A household left out by a hard constraint, and which one. */
public record Exclusion(long householdId, String householdName, String constraint) {
}
