package org.kindred.earlyhelp;

import java.time.LocalDate;
import java.util.List;

/**
 * What early help recorded, read-only and set-based for Ofsted's Annex A (ADR 0016): one query for every child,
 * typed. How a return codes it is the returns module's business. A system read for a return audited as a whole.
 */
public interface EarlyHelpFacts {

    /**
     * Early help assessments open at some time in the period (started by {@code to}, not completed before
     * {@code from}) of episodes not closed before their assessment was done, one row per child in the household,
     * by child and start.
     */
    List<AssessmentFact> assessments(LocalDate from, LocalDate to);

    /** @param completed null while the assessment is open; @param agency the lead professional's (null if none yet) */
    record AssessmentFact(long childId, LocalDate started, LocalDate completed, AgencyType agency) {
    }
}
