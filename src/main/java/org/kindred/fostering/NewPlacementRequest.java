package org.kindred.fostering;

import java.time.LocalDate;

/**
 * A social worker's request for a foster home for a looked-after child: the needs that matching weighs. Blank
 * religion, language or culture means no stated need; {@code maxKm} defaults to 20, {@code neededBy} to today.
 */
public record NewPlacementRequest(Long childId, Integer siblings, String schoolPostcode, String familyPostcode,
                                  Integer maxKm, Boolean disability, String religion, String language, String culture,
                                  Boolean onlyChild, Boolean noYoungerChildren, Boolean noPets, Boolean emergency,
                                  LocalDate neededBy) {
}
