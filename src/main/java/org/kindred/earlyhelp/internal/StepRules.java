package org.kindred.earlyhelp.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.kindred.earlyhelp.EndReason;
import org.kindred.earlyhelp.Intervention;
import org.kindred.earlyhelp.InterventionReferral;
import org.kindred.earlyhelp.ReferralStatus;
import org.kindred.earlyhelp.ReferralStep;
import org.kindred.shared.Problems;

/**
 * The referral's path: referred, then accepted onto the waiting list or declined (with a reason); from waiting,
 * started or withdrawn (with a reason); from started, ended with a reason and the service's outcome measures.
 */
final class StepRules {
    enum Step { ACCEPT, DECLINE, START, WITHDRAW, END }

    private static final Map<Step, Set<ReferralStatus>> FROM = Map.of(
            Step.ACCEPT, Set.of(ReferralStatus.REFERRED), Step.DECLINE, Set.of(ReferralStatus.REFERRED),
            Step.START, Set.of(ReferralStatus.WAITING), Step.WITHDRAW, Set.of(ReferralStatus.WAITING),
            Step.END, Set.of(ReferralStatus.STARTED));

    /** The step as typed and checked; problems are added for the fields at fault. */
    record Valid(Step step, LocalDate on, String reason) {
    }

    private StepRules() {
    }

    static Valid check(Problems p, InterventionReferral r, ReferralStep in, LocalDate today) {
        Step step = null;
        try {
            step = in.step() == null ? null : Step.valueOf(in.step().trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (step == null) {
            p.add("step", "Select a step: ACCEPT, DECLINE, START, WITHDRAW or END");
            return null;
        }
        if (!FROM.get(step).contains(r.status())) {
            p.add("step", "A referral that is " + r.status().label().toLowerCase() + " cannot take the step " + step);
            return null;
        }
        LocalDate last = latest(r);
        LocalDate on = EpisodeCheck.date(p, "on", in.on(), "Date", today, last, true);
        String reason = in.reason() == null || in.reason().isBlank() ? null : in.reason().trim();
        if ((step == Step.DECLINE || step == Step.WITHDRAW) && reason == null) p.add("reason", "Enter the reason");
        if (step == Step.END) {
            if (EndReason.fromName(reason).isEmpty()) p.add("reason", "Select why the intervention ended");
            Intervention.Measure m = r.service().measure();
            if (m.livingAtHome() && in.livingAtHome() == null) {
                p.add("livingAtHome", "Say whether the young person is living at home");
            }
            if (m.educationAndOffences()) {
                if (in.inEducation() == null) p.add("inEducation", "Say whether the young person is in education or work");
                if (in.noNewOffences() == null) p.add("noNewOffences", "Say whether there were no new offences");
            }
            if (m.goals()) {
                ReferralCheck.score(p, "goalScoreStart", in.goalScoreStart(), "goal score at the start");
                ReferralCheck.score(p, "goalScoreEnd", in.goalScoreEnd(), "goal score at the end");
            }
        }
        return new Valid(step, on, reason);
    }

    private static LocalDate latest(InterventionReferral r) {
        LocalDate d = r.referredOn();
        for (LocalDate x : new LocalDate[] {r.acceptedOn(), r.declinedOn(), r.startedOn(), r.endedOn()}) {
            if (x != null && x.isAfter(d)) d = x;
        }
        return d;
    }
}
