package org.kindred.protection.internal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.kindred.protection.InitialConferenceDue;
import org.kindred.shared.WorkingDays;

/**
 * The demo stories, child by child: each starts with a strategy discussion in the year; the counts follow a county
 * of ~150,000 people (about 350 children on plans at any time, about 1,000 on child in need plans).
 */
final class DemoCases {
    static final int OPEN_PLANS = 255, REPEAT_PLANS = 50, ENDED_PLANS = 420, NO_PLAN_S47 = 600, WAITING = 30,
            NO_S47 = 300, OPEN_CIN = 1000, ENDED_CIN = 800;
    static final int CHILDREN = OPEN_PLANS + ENDED_PLANS + NO_PLAN_S47 + WAITING + NO_S47 + OPEN_CIN + ENDED_CIN;
    private static final String[] CATEGORIES = {"NEG", "NEG", "NEG", "NEG", "NEG", "EMO", "EMO", "EMO", "EMO", "PHY",
            "SAB", "MUL"};
    private static final String[] CHAIRS = {"Asha Patel", "Tom Reid", "Grace Okafor", "Ian Walsh"};
    private static final String[] WORKERS = {"Sam Hughes", "Priya Shah", "Jo Clarke", "Ben Adeyemi", "Kate Moss"};
    private final LocalDate today;
    private final Random rnd;
    private final List<Long> children;
    private final WorkingDays wd = WorkingDays.england();
    private final DemoRows rows = new DemoRows();
    private int next;

    DemoCases(LocalDate today, long seed, List<Long> children) {
        this.today = today;
        this.rnd = new Random(seed);
        this.children = children;
    }

    DemoRows build() {
        for (int i = 0; i < ENDED_PLANS && more(); i++) {
            long child = child();
            LocalDate sd = day(365, 130);
            long plan = plan(child, sd, sd.plusDays(95 + rnd.nextInt(150)));
            if (i < REPEAT_PLANS) {
                LocalDate end = (LocalDate) rows.tables.get("cp_plan").get((int) plan - 1)[6];
                LocalDate again = end == null ? null : end.plusDays(20 + rnd.nextInt(40));
                if (again != null && again.isBefore(today.minusDays(10))) plan(child, again, null);
            }
        }
        for (int i = 0; i < OPEN_PLANS && more(); i++) plan(child(), day(365, 25), null);
        for (int i = 0; i < NO_PLAN_S47 && more(); i++) noPlan(child(), day(365, 20));
        for (int i = 0; i < WAITING && more(); i++) waiting(child());
        for (int i = 0; i < NO_S47 && more(); i++) discussion(child(), day(365, 1), "NO_SECTION_47");
        for (int i = 0; i < OPEN_CIN + ENDED_CIN && more(); i++) cin(child(), i < ENDED_CIN);
        return rows;
    }

    private boolean more() { return next < children.size(); }

    private long child() { return children.get(next++); }

    /** A working day between {@code fromDaysAgo} and {@code toDaysAgo} days before today. */
    private LocalDate day(int fromDaysAgo, int toDaysAgo) {
        LocalDate d = today.minusDays(toDaysAgo + rnd.nextInt(Math.max(1, fromDaysAgo - toDaysAgo)));
        while (!wd.isWorkingDay(d)) d = d.minusDays(1);
        return d;
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
            LocalDate icpc = rnd.nextInt(5) == 0 ? wd.plusWorkingDays(target, 1 + rnd.nextInt(8)) : outcomeOn.plusDays(2);
            if (icpc.isAfter(today)) icpc = today;
            long s47 = rows.add("section47_enquiry", child, disc, sd, sd, target, sd.plusDays(1), "CONFERENCE_NEEDED",
                    outcomeOn.isAfter(icpc) ? icpc : outcomeOn, false, icpc);
            rows.add("cp_conference", child, "INITIAL", s47, null, icpc, chair(), "Parents, police, health",
                    "NO_PLAN", null);
        }
    }

    /** An enquiry still waiting for its conference: started 3 to 25 working days ago, so some are overdue. */
    private void waiting(long child) {
        LocalDate sd = today;
        for (int i = 3 + rnd.nextInt(23); i > 0; i--) {
            sd = sd.minusDays(1);
            while (!wd.isWorkingDay(sd)) sd = sd.minusDays(1);
        }
        long disc = discussion(child, sd, "SECTION_47");
        rows.add("section47_enquiry", child, disc, sd, sd, InitialConferenceDue.from(sd), sd.plusDays(1), null, null,
                null, null);
    }

    private void cin(long child, boolean ended) {
        LocalDate start = day(365, ended ? 100 : 1);
        LocalDate end = ended ? start.plusDays(60 + rnd.nextInt(200)) : null;
        if (end != null && !end.isBefore(today)) end = today.minusDays(1);
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
