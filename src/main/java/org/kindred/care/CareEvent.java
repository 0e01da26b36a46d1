package org.kindred.care;

import java.time.LocalDate;

/**
 * A checked event in a child's care history. Which fields are set depends on the kind: coming into care carries
 * the legal status, category of need, placement and whether it was planned; a placement change the new placement,
 * the reason and whether the carer stays the same; a legal status change the new status; leaving care the reason.
 */
public record CareEvent(long id, CareEventKind kind, LocalDate date, LegalStatus legalStatus,
                        CategoryOfNeed categoryOfNeed, Placement placement, Boolean planned, boolean sameCarer,
                        PlacementChangeReason placementChangeReason, ReasonCeased reasonCeased) {

    public static CareEvent cameIntoCare(LocalDate date, LegalStatus ls, CategoryOfNeed need, Placement p, boolean planned) {
        return new CareEvent(0, CareEventKind.CAME_INTO_CARE, date, ls, need, p, planned, false, null, null);
    }

    public static CareEvent placementChange(LocalDate date, Placement p, PlacementChangeReason reason, boolean sameCarer) {
        return new CareEvent(0, CareEventKind.PLACEMENT_CHANGE, date, null, null, p, null, sameCarer, reason, null);
    }

    public static CareEvent legalStatusChange(LocalDate date, LegalStatus ls) {
        return new CareEvent(0, CareEventKind.LEGAL_STATUS_CHANGE, date, ls, null, null, null, false, null, null);
    }

    public static CareEvent leftCare(LocalDate date, ReasonCeased reason) {
        return new CareEvent(0, CareEventKind.LEFT_CARE, date, null, null, null, null, false, null, reason);
    }
}
