package org.kindred.care;

import java.time.LocalDate;
import java.time.MonthDay;
import org.kindred.shared.WorkingDays;

/**
 * When a looked-after child's personal education plan (PEP) is due (statutory guidance "Promoting the education
 * of looked-after and previously looked-after children", 2018, and Care Planning Regulations 2010, reg. 5): the PEP
 * is part of the care plan and is in place within 10 working days of the child coming into care; it is then reviewed
 * each school term. Term dates differ by school and authority, so Kindred uses three fixed terms a year: autumn
 * (1 September to 31 December), spring (1 January to 31 March) and summer (1 April to 31 August, the summer holiday
 * counted with it). A review is due by the end of the term after the one in which the last PEP was held.
 */
public final class PersonalEducationPlanDue {
    public static final int INITIAL_WORKING_DAYS = 10;
    private static final MonthDay[] TERM_ENDS = {MonthDay.of(3, 31), MonthDay.of(8, 31), MonthDay.of(12, 31)};

    private PersonalEducationPlanDue() {
    }

    public static LocalDate initialDue(LocalDate cameIntoCare) {
        return WorkingDays.england().plusWorkingDays(cameIntoCare, INITIAL_WORKING_DAYS);
    }

    /** @param lastPep the last PEP (or review) held in this period of care, or null if none yet */
    public static LocalDate nextDue(LocalDate cameIntoCare, LocalDate lastPep) {
        if (lastPep == null) return initialDue(cameIntoCare);
        return endOfTerm(endOfTerm(lastPep).plusDays(1));
    }

    /** The last day of the term containing {@code date}. */
    static LocalDate endOfTerm(LocalDate date) {
        for (MonthDay end : TERM_ENDS) {
            if (!MonthDay.from(date).isAfter(end)) return end.atYear(date.getYear());
        }
        throw new IllegalStateException("31 December ends the autumn term");
    }
}
