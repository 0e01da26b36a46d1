package org.kindred.protection;

import java.time.LocalDate;
import org.kindred.shared.WorkingDays;

/**
 * The initial child protection conference must be held within 15 working days of the strategy discussion or, where
 * more than one was held, of the (last) strategy discussion at which the section 47 enquiry was initiated (Working
 * Together to Safeguard Children 2023, chapter 2, "initial child protection conferences"). So the clock runs from
 * the discussion the enquiry starts from; a discussion reconvened later does not restart it. The discussion day
 * itself is not counted; weekends and bank holidays are excluded ({@link WorkingDays}).
 * This is the CIN census {@code InitialCPCtarget}.
 *
 * <p>Decision (session 2): the issue says "15 working days from the (last) strategy discussion". Working Together's
 * wording, repeated by local procedures (e.g. Devon, Pan-Sussex, Bexley), is the discussion "at which the section 47
 * enquiry was initiated" when more than one was held; a few procedures say "the last". We follow Working Together:
 * the clock runs from the discussion the enquiry names, and a discussion reconvened during the enquiry does not
 * move it (ProtectionWorkIT: 30 March 2026 then 8 April 2026 still gives 22 April 2026).
 */
public final class InitialConferenceDue {
    public static final int WORKING_DAYS = 15;

    private InitialConferenceDue() {
    }

    /** The last day on which the ICPC is in time. */
    public static LocalDate from(LocalDate strategyDiscussion) {
        return WorkingDays.england().plusWorkingDays(strategyDiscussion, WORKING_DAYS);
    }

    /** True when the conference was (or, not yet held, will be) later than its due date. */
    public static boolean late(LocalDate lastStrategyDiscussion, LocalDate held, LocalDate today) {
        LocalDate due = from(lastStrategyDiscussion);
        return held == null ? today.isAfter(due) : held.isAfter(due);
    }
}
