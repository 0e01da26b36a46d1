package org.kindred.care;

import java.time.LocalDate;
import java.util.List;

/**
 * What is due next for one child, from the care history and the dates things were held, by the schedule rules:
 * {@link LookedAfterReviewSchedule}, {@link StatutoryVisitSchedule}, {@link HealthAssessmentDue},
 * {@link PersonalEducationPlanDue} and {@link PathwayPlanReviewDue}. Null means nothing is due.
 */
public record NextDue(boolean lookedAfter, LocalDate periodStart, LocalDate review, LocalDate visit, LocalDate health,
                      LocalDate pep, LocalDate pathwayPlan, CareLeaverEligibility.Status leavingCare) {

    /** Leaving care support applies: eligible, relevant or former relevant. */
    public boolean careLeaver() {
        return leavingCare != CareLeaverEligibility.Status.NOT_ELIGIBLE;
    }

    /** The dates held so far, each list in date order. */
    public record Held(List<LocalDate> reviews, List<LocalDate> visits, List<LocalDate> health, List<LocalDate> peps,
                       List<LocalDate> pathwayPlans) {
    }
}
