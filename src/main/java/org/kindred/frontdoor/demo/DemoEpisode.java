package org.kindred.frontdoor.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.kindred.frontdoor.AssessmentDue;
import org.kindred.frontdoor.AssessmentOutcome;
import org.kindred.shared.WorkingDays;

/**
 * The planned life of one demo referral's single assessment: started within a few working days, the child seen,
 * completed and authorised; most within 45 working days of the referral, about one in six late (England's rate).
 * About a quarter go on to a strategy discussion and a quarter to a child in need plan: protection's demo continues
 * those children's stories (England has about one section 47 enquiry for every three referrals).
 * Dates after today are trimmed by {@link #openOrCompress}.
 */
final class DemoEpisode {
    static final WorkingDays DAYS = WorkingDays.england();
    private static final Weighted<AssessmentOutcome> OUTCOMES = new Weighted<>(
            AssessmentOutcome.NO_FURTHER_ACTION, 25, AssessmentOutcome.EARLY_HELP, 20,
            AssessmentOutcome.CHILD_IN_NEED_PLAN, 27, AssessmentOutcome.STRATEGY_DISCUSSION, 23,
            AssessmentOutcome.OTHER, 5);
    private static final Weighted<String> FACTORS = new Weighted<>("3B", 30, "4B", 25, "16A", 14, "1B", 9, "2B", 9,
            "17A", 8, "3A", 7, "4A", 7, "14A", 4, "18C", 4, "10A", 3, "11A", 2, "24A", 2, "6B", 2, "5B", 2, "15A", 2,
            "19C", 1, "20", 3);

    LocalDate referred;
    LocalDate started;
    LocalDate seen;
    LocalDate seenAlone;
    LocalDate completed;
    LocalDate authorised;
    AssessmentOutcome outcome;
    List<String> factors;

    static DemoEpisode plan(LocalDate referred, Random rnd) {
        DemoEpisode e = new DemoEpisode();
        e.referred = referred;
        int length = rnd.nextDouble() < 0.84 ? 6 + rnd.nextInt(40) : 46 + rnd.nextInt(40);
        int startAfter = Math.min(rnd.nextInt(4), length - 3);
        e.started = DAYS.plusWorkingDays(referred, startAfter);
        e.seen = DAYS.plusWorkingDays(e.started, 1 + rnd.nextInt(2));
        e.seenAlone = rnd.nextDouble() < 0.85 ? e.seen : null;
        e.completed = DAYS.plusWorkingDays(referred, length - rnd.nextInt(2));
        e.authorised = DAYS.plusWorkingDays(e.completed, rnd.nextInt(2));
        e.outcome = OUTCOMES.pick(rnd);
        e.factors = factors(e.outcome, rnd);
        return e;
    }

    private static List<String> factors(AssessmentOutcome outcome, Random rnd) {
        if (outcome == AssessmentOutcome.NO_FURTHER_ACTION && rnd.nextDouble() < 0.3) return List.of("21");
        String a = FACTORS.pick(rnd);
        String b = FACTORS.pick(rnd);
        return a.equals(b) || rnd.nextBoolean() ? List.of(a) : List.of(a, b);
    }

    /** True when the episode closes the child's involvement (no further action or early help), so a re-referral may follow. */
    boolean closes() {
        return outcome.closureReason() != null;
    }

    boolean plannedPast(LocalDate today) { return !authorised.isAfter(today); }

    /**
     * An assessment whose plan runs past today either stays open (the few a county has in hand, keeping only the
     * steps already done) or is brought forward to finish by today.
     */
    void openOrCompress(boolean open, LocalDate today, Random rnd) {
        if (open) {
            authorised = null;
            boolean concluded = rnd.nextDouble() < 0.3 && !completed.isAfter(today);
            if (!concluded) {
                completed = null;
                outcome = null;
                factors = null;
            }
            if (seen.isAfter(today)) seen = null;
            if (seen == null || (seenAlone != null && seenAlone.isAfter(today))) seenAlone = null;
            return;
        }
        if (started.isAfter(today)) started = today;
        int span = Math.max(0, DAYS.workingDaysBetween(started, today));
        authorised = DAYS.plusWorkingDays(started, rnd.nextInt(span + 1));
        if (authorised.isAfter(today)) authorised = today;
        completed = authorised;
        seen = started;
        seenAlone = seenAlone == null ? null : started;
    }

    boolean overdue(LocalDate today) {
        return authorised == null && today.isAfter(AssessmentDue.from(referred));
    }
}
