package org.kindred.protection;

import java.time.LocalDate;
import org.kindred.shared.WorkingDays;

/**
 * The core group meets first within 10 working days of the initial child protection conference (Working Together
 * to Safeguard Children 2023, chapter 2, "the core group": "the first core group meeting should take place within
 * 10 working days of the initial child protection conference"); later meetings as the plan sets. The conference
 * day is not counted; weekends and bank holidays are excluded ({@link WorkingDays}).
 */
public final class FirstCoreGroupDue {
    public static final int WORKING_DAYS = 10;

    private FirstCoreGroupDue() {
    }

    public static LocalDate from(LocalDate initialConference) {
        return WorkingDays.england().plusWorkingDays(initialConference, WORKING_DAYS);
    }

    /**
     * The next core group due for an open plan: the first until a meeting is held; after that the date the plan set
     * at the latest meeting, or null when none was set.
     */
    public static LocalDate next(LocalDate initialConference, boolean anyHeld, LocalDate setAtLatestMeeting) {
        return anyHeld ? setAtLatestMeeting : from(initialConference);
    }
}
