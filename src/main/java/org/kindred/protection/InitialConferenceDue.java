package org.kindred.protection;

import java.time.LocalDate;
import org.kindred.shared.WorkingDays;

/**
 * The initial child protection conference must be held within 15 working days of the strategy discussion, or of
 * the last strategy discussion where more than one was held (Working Together to Safeguard Children 2023,
 * chapter 2, "initial child protection conferences": "within 15 working days of the strategy discussion, or the
 * strategy discussion at which section 47 enquiries were initiated if more than one has been held"). The
 * discussion day itself is not counted; weekends and bank holidays are excluded ({@link WorkingDays}).
 * This is the CIN census {@code InitialCPCtarget}.
 */
public final class InitialConferenceDue {
    public static final int WORKING_DAYS = 15;

    private InitialConferenceDue() {
    }

    /** The last day on which the ICPC is in time. */
    public static LocalDate from(LocalDate lastStrategyDiscussion) {
        return WorkingDays.england().plusWorkingDays(lastStrategyDiscussion, WORKING_DAYS);
    }

    /** True when the conference was (or, not yet held, will be) later than its due date. */
    public static boolean late(LocalDate lastStrategyDiscussion, LocalDate held, LocalDate today) {
        LocalDate due = from(lastStrategyDiscussion);
        return held == null ? today.isAfter(due) : held.isAfter(due);
    }
}
