package org.kindred.protection;

import java.time.LocalDate;

/**
 * A plan open for two years or more is flagged for scrutiny (DfE, Characteristics of children in need, "child
 * protection plans lasting 2 years or more"; Ofsted inspects them; Working Together 2023, chapter 2, asks that the
 * plan is reviewed for progress at each review conference). Two calendar years from the start, the day itself
 * included.
 */
public final class LongPlan {
    public static final int YEARS = 2;

    private LongPlan() {
    }

    /** @param end the plan's end date, or null while it is open (then today counts) */
    public static boolean isLong(LocalDate start, LocalDate end, LocalDate today) {
        if (start == null) return false;
        LocalDate until = end != null ? end : today;
        return !until.isBefore(start.plusYears(YEARS));
    }
}
