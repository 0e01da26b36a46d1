package org.kindred.fostering;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import org.kindred.shared.WorkingDays;

/**
 * Stage 1 of a fostering assessment ends with a decision within 10 working days of the last of the Stage 1 checks
 * (enhanced DBS, local authority, health, personal references) coming in: Fostering Services (England) Regulations
 * 2011, reg. 26 (as amended in 2013), and the statutory guidance "Assessment and approval of foster carers" (DfE,
 * July 2013), which sets the 10 working days. Until every check is in, the clock has not started (null).
 */
public final class StageOneDecisionDue {
    public static final int WORKING_DAYS = 10;

    private StageOneDecisionDue() {
    }

    /** The day the checks were complete: the latest of the four, or null while one is outstanding. */
    public static LocalDate checksComplete(LocalDate dbs, LocalDate localAuthority, LocalDate health, LocalDate references) {
        Collection<LocalDate> checks = java.util.Arrays.asList(dbs, localAuthority, health, references);
        if (checks.stream().anyMatch(Objects::isNull)) return null;
        return checks.stream().max(LocalDate::compareTo).orElseThrow();
    }

    public static LocalDate from(LocalDate checksComplete) {
        return checksComplete == null ? null : WorkingDays.england().plusWorkingDays(checksComplete, WORKING_DAYS);
    }
}
