package org.kindred.care;

import java.time.LocalDate;

/**
 * One SSDA903 episode, as the return counts it: a stretch of a period of care with one legal status and one
 * placement. {@code ceased} and {@code reasonCeased} are null while the episode is open.
 */
public record Episode(LocalDate started, NewEpisodeReason reasonNew, LegalStatus legalStatus, CategoryOfNeed categoryOfNeed,
                      Placement placement, LocalDate ceased, ReasonCeased reasonCeased,
                      PlacementChangeReason placementChangeReason) {

    public boolean open() { return ceased == null; }

    Episode close(LocalDate on, ReasonCeased reason, PlacementChangeReason placementReason) {
        return new Episode(started, reasonNew, legalStatus, categoryOfNeed, placement, on, reason, placementReason);
    }
}
