package org.kindred.protection;

import java.time.LocalDate;
import org.kindred.shared.WorkingDays;

/**
 * Visits to a child on a child protection plan: at least every 10 working days. This is a local policy, not a
 * national rule: Working Together to Safeguard Children 2023 (chapter 2, "the child protection plan") asks the lead
 * social worker to see the child as the plan sets, and many English authorities' procedures (for example the London
 * Safeguarding Children Procedures and tri.x procedures used by many councils) set "at least every 10 working days";
 * confirm it with the authority. Only a visit at which the child was seen counts; the clock starts at the initial
 * conference. The visit or conference day is not counted; weekends and bank holidays are excluded.
 */
public final class CpVisitSchedule {
    public static final int WORKING_DAYS = 10;

    private CpVisitSchedule() {
    }

    /** @param lastSeen the last visit at which the child was seen, or null when none yet */
    public static LocalDate nextDue(LocalDate initialConference, LocalDate lastSeen) {
        LocalDate from = lastSeen != null && lastSeen.isAfter(initialConference) ? lastSeen : initialConference;
        return WorkingDays.england().plusWorkingDays(from, WORKING_DAYS);
    }
}
