package org.kindred.care.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.kindred.care.CareLeaverEligibility;
import org.kindred.care.DateSpan;
import org.kindred.care.HealthAssessmentDue;
import org.kindred.care.NextDue;
import org.kindred.care.PathwayPlanReviewDue;
import org.kindred.care.PeriodOfCare;
import org.kindred.care.PersonalEducationPlanDue;

/** Puts the schedule rules together for one child; pure, so demo data and the services compute alike. */
public final class DueCalculator {
    /** PEPs from Reception age to 18: the guidance requires them at compulsory school age and expects them around it. */
    static final int PEP_FROM_AGE = 4;
    static final int PATHWAY_PLAN_UNTIL_AGE = 21;

    private DueCalculator() {
    }

    public static NextDue compute(List<PeriodOfCare> periods, NextDue.Held held, LocalDate dob, LocalDate today) {
        PeriodOfCare last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        boolean open = last != null && last.open();
        CareLeaverEligibility.Status leaving = dob == null ? CareLeaverEligibility.Status.NOT_ELIGIBLE
                : CareLeaverEligibility.on(today, dob, spans(periods));
        LocalDate pathway = pathway(leaving, held.pathwayPlans(), dob, periods, today);
        if (!open) return new NextDue(false, null, null, null, null, null, pathway, leaving);
        LocalDate start = last.started();
        LocalDate health = dob == null ? null
                : HealthAssessmentDue.nextDue(start, dob, lastSince(held.health(), start));
        int age = dob == null ? 0 : Period.between(dob, today).getYears();
        LocalDate pep = age >= PEP_FROM_AGE ? PersonalEducationPlanDue.nextDue(start, lastSince(held.peps(), start)) : null;
        return new NextDue(true, start, DueDates.nextReview(last, held.reviews()), DueDates.nextVisit(last, held.visits()),
                health, pep, pathway, leaving);
    }

    /** Short breaks (V3, V4) do not count towards leaving care support. */
    static List<DateSpan> spans(List<PeriodOfCare> periods) {
        return periods.stream().filter(p -> !p.episodes().get(0).legalStatus().shortBreaks()).map(PeriodOfCare::span).toList();
    }

    /**
     * Six months from the last plan or review; with none, three months from becoming eligible (our reading of the
     * Care Leavers Regulations 2010 reg. 5: the needs assessment within 3 months, the plan from it).
     */
    private static LocalDate pathway(CareLeaverEligibility.Status status, List<LocalDate> plans, LocalDate dob,
                                     List<PeriodOfCare> periods, LocalDate today) {
        if (status == CareLeaverEligibility.Status.NOT_ELIGIBLE || !today.isBefore(dob.plusYears(PATHWAY_PLAN_UNTIL_AGE))) {
            return null;
        }
        if (!plans.isEmpty()) return PathwayPlanReviewDue.from(plans.get(plans.size() - 1));
        LocalDate sixteen = dob.plusYears(16);
        LocalDate lastStart = periods.get(periods.size() - 1).started().plusDays(CareLeaverEligibility.QUALIFYING_DAYS);
        return (lastStart.isAfter(sixteen) ? lastStart : sixteen).plusMonths(3);
    }

    private static LocalDate lastSince(List<LocalDate> dates, LocalDate from) {
        LocalDate last = null;
        for (LocalDate d : dates) {
            if (!d.isBefore(from) && (last == null || d.isAfter(last))) last = d;
        }
        return last;
    }
}
