package org.kindred.fostering;

import java.time.LocalDate;

/**
 * Stage 2 (the full assessment, written up as the Form F report) should be completed within about 4 months of its
 * start (statutory guidance "Assessment and approval of foster carers", DfE, July 2013: Stage 2 "should normally be
 * completed within four months"). It starts with the Stage 1 decision to proceed. A calendar-month clock, not
 * working days, as the guidance gives it.
 */
public final class StageTwoDue {
    public static final int MONTHS = 4;

    private StageTwoDue() {
    }

    public static LocalDate from(LocalDate stageOneDecision) {
        return stageOneDecision == null ? null : stageOneDecision.plusMonths(MONTHS);
    }
}
