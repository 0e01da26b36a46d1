package org.kindred.protection.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.kindred.frontdoor.AssessedReferral;
import org.kindred.protection.InitialConferenceDue;
import org.kindred.shared.WorkingDays;

/**
 * The demo stories, child by child, continuing the front door's: each child whose single assessment ended in a
 * strategy discussion has one that day, and then a section 47 enquiry and a plan, an enquiry without a plan, an
 * enquiry still waiting for its conference, or no enquiry; each child whose assessment ended in a child in need
 * plan has one from then. So every enquiry and plan follows the referral it belongs to, as the CIN census expects.
 */
final class DemoCases {
    static final int REPEAT_PLANS = 50;
    private static final String[] CATEGORIES = {"NEG", "NEG", "NEG", "NEG", "NEG", "EMO", "EMO", "EMO", "EMO", "PHY",
            "SAB", "MUL"};
    private static final String[] CHAIRS = {"Asha Patel", "Tom Reid", "Grace Okafor", "Ian Walsh"};
    private static final String[] WORKERS = {"Sam Hughes", "Priya Shah", "Jo Clarke", "Ben Adeyemi", "Kate Moss"};
    private final LocalDate today;
    private final Random rnd;
    private final List<AssessedReferral> toStrategy;
    private final List<AssessedReferral> toCinPlan;
    private final WorkingDays wd = WorkingDays.england();
    private final ProtectionDemoRows rows = new ProtectionDemoRows();
    private int repeats;

    /** @param toStrategy and @param toCinPlan the front door's referrals assessed in the year, by outcome */
    private final java.util.Set<Long> onPlan = new java.util.HashSet<>();
    private final java.util.Set<Long> onCinPlan = new java.util.HashSet<>();

    DemoCases(LocalDate today, long seed, List<AssessedReferral> toStrategy, List<AssessedReferral> toCinPlan) {
        this.today = today;
        this.rnd = new Random(seed);
        this.toStrategy = toStrategy;
        this.toCinPlan = toCinPlan;
    }

    ProtectionDemoRows build() {
        for (AssessedReferral r : toStrategy) strategy(r.childId(), r.authorisedOn());
        for (AssessedReferral r : toCinPlan) cin(r.childId(), r.authorisedOn());
        return rows;
    }

    /** Two in five make a plan, about a third an enquiry without one; the rest stop at the discussion (or wait). */
    private void strategy(long child, LocalDate sd) {
        long daysAgo = java.time.temporal.ChronoUnit.DAYS.between(sd, today);
        int workingDaysAgo = wd.workingDaysBetween(sd, today);
        double p = rnd.nextDouble();
        // A child already on an open plan (a small register re-refers the same children) gets no second one.
        if (p < 0.42 && daysAgo >= 25 && !onPlan.contains(child)) {
            long plan = plan(child, sd, sd.plusDays(95 + rnd.nextInt(150)));
            LocalDate end = (LocalDate) rows.tables.get("cp_plan").get((int) plan - 1)[6];
            LocalDate again = end == null ? null : end.plusDays(20 + rnd.nextInt(40));
            if (again != null && again.isBefore(today.minusDays(25)) && repeats++ < REPEAT_PLANS) plan(child, again, null);
        } else if (p < 0.79 && daysAgo >= 20) {
            noPlan(child, sd);
        } else if (workingDaysAgo >= 3 && workingDaysAgo <= 25 && p < 0.9) {
            waiting(child, sd);
        } else {
            discussion(child, sd, "NO_SECTION_47");
        }
    }

    private long discussion(long child, LocalDate on, String decision) {
        return rows.add("strategy_discussion", child, on, rnd.nextBoolean() ? "ASSESSMENT" : "CONTACT",
                "Police, health, school", "Concerns shared by the agencies", decision);
    }

    /** Strategy discussion, enquiry and ICPC (a fifth late) making a plan; then reviews, core groups and visits. */
    private long plan(long child, LocalDate sd, LocalDate end) {
        long disc = discussion(child, sd, "SECTION_47");
        LocalDate target = InitialConferenceDue.from(sd);
        LocalDate icpc = rnd.nextInt(5) == 0 ? wd.plusWorkingDays(target, 1 + rnd.nextInt(10))
                : wd.plusWorkingDays(sd, 6 + rnd.nextInt(10));
        if (!icpc.isBefore(today)) icpc = wd.plusWorkingDays(sd, 3);
        if (end != null && !end.isAfter(icpc)) end = null;
        if (end != null && !end.isBefore(today)) end = null;
        long s47 = rows.add("section47_enquiry", child, disc, sd, sd, target, sd.plusDays(1), "CONFERENCE_NEEDED",
                icpc.minusDays(1).isBefore(sd) ? sd : icpc.minusDays(1), false, icpc);
        String category = CATEGORIES[rnd.nextInt(CATEGORIES.length)];
        if (end == null) onPlan.add(child);
        long plan = rows.add("cp_plan", child, icpc, icpc, category, category, end,
                end == null ? null : "Child no longer at risk of significant harm", end == null ? null : "demo");
        rows.add("cp_conference", child, "INITIAL", s47, null, icpc, chair(), "Parents, police, health, school",
                "PLAN", category);
        fixConferencePlan(plan);
        new DemoPlanLife(rows, rnd, wd, today).live(child, plan, icpc, end, category);
        return plan;
    }

    /** The initial conference row names its plan (added after the plan got its id). */
    private void fixConferencePlan(long plan) {
        List<Object[]> conferences = rows.tables.get("cp_conference");
        conferences.get(conferences.size() - 1)[4] = plan;
    }

    private void noPlan(long child, LocalDate sd) {
        long disc = discussion(child, sd, "SECTION_47");
        LocalDate target = InitialConferenceDue.from(sd);
        int kind = rnd.nextInt(20);
        LocalDate outcomeOn = wd.plusWorkingDays(sd, 5 + rnd.nextInt(8));
        if (outcomeOn.isAfter(today)) outcomeOn = today;
        if (kind < 10) {
            rows.add("section47_enquiry", child, disc, sd, sd, target, sd.plusDays(1), "NOT_SUBSTANTIATED", outcomeOn,
                    true, null);
        } else if (kind < 13) {
            rows.add("section47_enquiry", child, disc, sd, sd, target, sd.plusDays(1), "SUBSTANTIATED_NO_CONFERENCE",
                    outcomeOn, true, null);
        } else {
            // Conferences sit on working days (census rule 8875).
            LocalDate icpc = rnd.nextInt(5) == 0 ? wd.plusWorkingDays(target, 1 + rnd.nextInt(8))
                    : wd.plusWorkingDays(outcomeOn, 2);
            while (icpc.isAfter(today) || !wd.isWorkingDay(icpc)) icpc = icpc.minusDays(1);
            long s47 = rows.add("section47_enquiry", child, disc, sd, sd, target, sd.plusDays(1), "CONFERENCE_NEEDED",
                    outcomeOn.isAfter(icpc) ? icpc : outcomeOn, false, icpc);
            rows.add("cp_conference", child, "INITIAL", s47, null, icpc, chair(), "Parents, police, health",
                    "NO_PLAN", null);
        }
    }

    /** An enquiry started 3 to 25 working days ago still waiting for its conference, so some are overdue. */
    private void waiting(long child, LocalDate sd) {
        long disc = discussion(child, sd, "SECTION_47");
        rows.add("section47_enquiry", child, disc, sd, sd, InitialConferenceDue.from(sd), sd.plusDays(1), null, null,
                null, null);
    }

    /** A child in need plan from a few days after the assessment; about half of those old enough have ended. */
    private void cin(long child, LocalDate assessed) {
        LocalDate start = assessed.plusDays(rnd.nextInt(6));
        if (start.isAfter(today)) start = today;
        boolean ended = !start.isAfter(today.minusDays(100)) && rnd.nextBoolean();
        LocalDate end = ended ? start.plusDays(60 + rnd.nextInt(200)) : null;
        if (end != null && !end.isBefore(today)) end = today.minusDays(1);
        if (end == null && !onCinPlan.add(child)) return; // already on an open CIN plan (small registers)
        long plan = rows.add("cin_plan", child, start, end, ended ? "Needs met" : null, ended ? "demo" : null);
        LocalDate review = start.plusMonths(3).minusDays(rnd.nextInt(10));
        LocalDate until = end != null ? end : today;
        while (!review.isAfter(until) && rnd.nextInt(25) != 0) {
            rows.add("cin_plan_review", plan, child, review);
            review = review.plusMonths(3).minusDays(rnd.nextInt(10));
        }
    }

    private String chair() { return CHAIRS[rnd.nextInt(CHAIRS.length)]; }

    static String worker(Random rnd) { return WORKERS[rnd.nextInt(WORKERS.length)]; }
}
