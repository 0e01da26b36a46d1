package org.kindred.care;

import java.util.List;

/** One day's changes of legal status and placement, folded onto what was in force before. */
record Change(LegalStatus legalStatus, Placement placement, boolean legalStatusChanged, boolean placementChanged,
              boolean sameCarer, PlacementChangeReason reason) {

    static Change of(LegalStatus ls, Placement placement, List<CareEvent> events) {
        LegalStatus newLs = ls;
        Placement newPlacement = placement;
        boolean sameCarer = false;
        PlacementChangeReason reason = null;
        for (CareEvent e : events) {
            if (e.kind() == CareEventKind.LEGAL_STATUS_CHANGE) {
                if (e.legalStatus() == newLs) throw Ssda903Episodes.refused("legalStatus", "The legal status is already " + ls.code());
                newLs = e.legalStatus();
            } else if (e.kind() == CareEventKind.PLACEMENT_CHANGE) {
                if (!e.placement().differsFrom(newPlacement)) {
                    throw Ssda903Episodes.refused("placementType", "The placement is the same as the current one");
                }
                newPlacement = e.placement();
                sameCarer = e.sameCarer();
                reason = e.placementChangeReason();
            }
        }
        return new Change(newLs, newPlacement, newLs != ls, newPlacement != placement, sameCarer, reason);
    }

    NewEpisodeReason reasonNew() {
        if (placementChanged && legalStatusChanged) return sameCarer ? NewEpisodeReason.U : NewEpisodeReason.T;
        if (placementChanged) return sameCarer ? NewEpisodeReason.B : NewEpisodeReason.P;
        return NewEpisodeReason.L;
    }

    /** The reason recorded on the episode that ceases: only for a move between two non-temporary placements. */
    PlacementChangeReason reasonFor(Placement previous) {
        if (!placementChanged || previous.type().temporary() || placement.type().temporary()) return null;
        if (reason == null) {
            throw Ssda903Episodes.refused("placementChangeReason", "Select the reason for the placement change");
        }
        return reason;
    }
}
