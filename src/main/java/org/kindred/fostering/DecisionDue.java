package org.kindred.fostering;

import java.time.LocalDate;
import org.kindred.shared.WorkingDays;

/**
 * The agency decision maker decides within 7 working days of receiving the panel's recommendation and final minutes
 * (Fostering Services (England) Regulations 2011, reg. 27; Fostering Services National Minimum Standards 2011,
 * standard 14.9). Counted from the panel date, the day itself not counted.
 */
public final class DecisionDue {
    public static final int WORKING_DAYS = 7;

    private DecisionDue() {
    }

    public static LocalDate from(LocalDate panel) {
        return panel == null ? null : WorkingDays.england().plusWorkingDays(panel, WORKING_DAYS);
    }
}
