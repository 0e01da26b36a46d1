package org.kindred.earlyhelp.internal;

import java.time.LocalDate;
import org.kindred.shared.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When an early help assessment is due: the authority's own timescale in working days from the start of the
 * episode. Working Together to Safeguard Children 2023 (chapter 1, "Early help assessment") leaves the timescale to
 * local arrangements; 45 working days, the single assessment's, is the default here and
 * {@code kindred.early-help.assessment-working-days} changes it.
 */
@Component
public class EarlyHelpAssessmentDue {
    private final int workingDays;
    private final WorkingDays calendar = WorkingDays.england();

    public EarlyHelpAssessmentDue(@Value("${kindred.early-help.assessment-working-days:45}") int workingDays) {
        if (workingDays < 1) throw new IllegalArgumentException("kindred.early-help.assessment-working-days must be at least 1");
        this.workingDays = workingDays;
    }

    public LocalDate due(LocalDate started) { return calendar.plusWorkingDays(started, workingDays); }

    public int workingDays() { return workingDays; }
}
