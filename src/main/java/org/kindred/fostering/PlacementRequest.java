package org.kindred.fostering;

import java.time.LocalDate;

/**
 * A placement request with its needs and outcome: OPEN, PLACED (with the chosen household), EXTERNAL (an independent
 * fostering agency or residential search, with its outcome) or CLOSED.
 */
public record PlacementRequest(long id, long childId, String childName, PlacementNeeds needs, String status,
                               Long chosenHouseholdId, String chosenHouseholdName, LocalDate chosenOn,
                               Boolean wellMatched, String externalKind, String externalOutcome, String raisedBy) {
}
