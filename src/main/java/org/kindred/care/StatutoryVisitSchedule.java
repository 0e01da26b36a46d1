package org.kindred.care;

import java.time.LocalDate;

/**
 * When the social worker's next visit to a looked-after child is due (Care Planning, Placement and Case Review
 * (England) Regulations 2010, reg. 28(2)): within 1 week of the start of a placement; then at intervals of not
 * more than 6 weeks for the first year of the placement; thereafter not more than 3 months where the placement
 * is intended to last until the child is 18, otherwise not more than 6 weeks. The interval is chosen by the date
 * of the last visit: one made in the first year of the placement is followed by another within 6 weeks.
 */
public final class StatutoryVisitSchedule {
    private StatutoryVisitSchedule() {
    }

    /**
     * @param placementStart the day the current placement started
     * @param lastVisit the last visit in this placement, or null if none yet
     * @param intendedUntilEighteen the placement is intended to last until the child is 18 (a long-term placement)
     */
    public static LocalDate nextDue(LocalDate placementStart, LocalDate lastVisit, boolean intendedUntilEighteen) {
        if (lastVisit == null || lastVisit.isBefore(placementStart)) return placementStart.plusWeeks(1);
        boolean firstYear = lastVisit.isBefore(placementStart.plusYears(1));
        return firstYear || !intendedUntilEighteen ? lastVisit.plusWeeks(6) : lastVisit.plusMonths(3);
    }
}
