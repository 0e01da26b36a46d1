package org.kindred.earlyhelp;

import java.time.LocalDate;
import java.util.List;

/**
 * "Is anyone better off?": per service and period, how many were helped, how long they waited, how many completed,
 * the measures at the end, and what Kindred's own records show 6 and 12 months after the end (a new referral to
 * the front door, a child protection plan, coming into care, still living at home), beside a comparison group of
 * children referred in the same period who were declined or withdrew while waiting. Audited as a list.
 */
public interface InterventionOutcomes {

    /** Referrals to {@code service} that ended (or were declined or withdrawn) from {@code from} to {@code to}. */
    Report report(Intervention service, LocalDate from, LocalDate to);

    record Report(Intervention service, LocalDate from, LocalDate to, LocalDate today, Flow flow, Waiting waiting,
                  EndMeasures measures, List<FollowUp> followUps, List<Young> people) {
    }

    /** Referrals received, accepted, declined, started and ended in the period; completed = ended as planned. */
    record Flow(int referred, int accepted, int declined, int started, int ended, int completed) {
        public Integer completionPercent() { return ended == 0 ? null : Math.round(100f * completed / ended); }
    }

    /** Days from acceptance to start of those started in the period; {@code waitingNow} on the list today. */
    record Waiting(int started, Integer medianDays, Integer p90Days, int waitingNow, Integer longestNowDays) {
    }

    /** At the end: MST's three yes counts, or the goal scores' means (null when nothing was recorded). */
    record EndMeasures(int recorded, int livingAtHome, int inEducation, int noNewOffences, Double meanGoalStart,
                       Double meanGoalEnd) {
    }

    /**
     * One group at one follow-up: {@code due} is how many have reached {@code months} after their end by today (the
     * others are not counted yet), and of those how many had each outcome in the window.
     */
    record FollowUp(String group, int months, int due, int reReferred, int cpPlan, int cameIntoCare, int stillAtHome) {
        public Integer percent(int n) { return due == 0 ? null : Math.round(100f * n / due); }
    }

    /** A child who ended in the period, for the list beside the figures (restricted children left out). */
    record Young(long childId, String name, LocalDate ended, String endReason, Boolean livingAtHomeAtEnd,
                 String sixMonths, String twelveMonths) {
    }
}
