package org.kindred.protection;

import java.time.LocalDate;
import java.util.List;

/**
 * What child protection recorded, read-only and set-based for the statutory returns and Ofsted's Annex A: one query
 * per call for every child, typed. Each call returns what happened in the period from {@code from} to {@code to}
 * (both included) or was still open at its start, ordered by child and start. Coding and formatting them for a
 * return is the returns module's business. A system read for a return that is audited as a whole.
 */
public interface ProtectionFacts {

    /** Section 47 enquiries started by {@code to} that started, or reached or awaited their conference, in the period. */
    List<Section47Fact> section47s(LocalDate from, LocalDate to);

    /** Child protection plans open at some time in the period, with their review conferences held in it. */
    List<PlanFact> protectionPlans(LocalDate from, LocalDate to);

    /** Child in need plans open at some time in the period. */
    List<CinPlanFact> cinPlans(LocalDate from, LocalDate to);

    /** A section 47 enquiry; dates not reached yet are null, as is {@code conferenceNotRequired} until decided. */
    record Section47Fact(long childId, LocalDate started, LocalDate conferenceTarget, LocalDate conferenceHeld,
                         Boolean conferenceNotRequired) {
    }

    /** A plan; {@code previousPlans} counts the child's earlier plans (by initial conference). */
    record PlanFact(long id, long childId, LocalDate started, LocalDate ended, CategoryOfAbuse initialCategory,
                    CategoryOfAbuse latestCategory, int previousPlans, List<LocalDate> reviewsHeld) {
    }

    /** A child in need plan; {@code ended} null while open. */
    record CinPlanFact(long childId, LocalDate started, LocalDate ended) {
    }
}
