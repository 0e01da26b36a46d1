package org.kindred.care.internal;

import org.kindred.care.CareEvent;

/** A care event in a reader's words, for the chronology. */
final class EventSummary {
    private EventSummary() {
    }

    static String of(CareEvent e) {
        return switch (e.kind()) {
            case CAME_INTO_CARE -> "Came into care (" + (Boolean.TRUE.equals(e.planned()) ? "planned" : "emergency") + "), "
                    + e.legalStatus().label() + "; placed: " + e.placement().type().label();
            case PLACEMENT_CHANGE -> "Moved placement: " + e.placement().type().label()
                    + (e.placementChangeReason() == null ? "" : " (" + e.placementChangeReason().label() + ")");
            case LEGAL_STATUS_CHANGE -> "Legal status changed: " + e.legalStatus().label();
            case LEFT_CARE -> "Left care: " + e.reasonCeased().label();
        };
    }
}
