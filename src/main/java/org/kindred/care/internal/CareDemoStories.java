package org.kindred.care.internal;

import java.time.LocalDate;
import java.util.Random;

/** Chooses each demo child's story and fills in the routine, the extras (UASC, adoption) and leaving care. */
final class CareDemoStories {
    private static final String[] ACTIVITY = {"F2", "F2", "P2", "F4", "P4", "F5", "G5", "G5", "G4", "G6", "F1"};
    private static final String[] ACCOMMODATION = {"D1", "D1", "E1", "B1", "U1", "C1", "K1", "D2", "S2", "Y1"};
    private final Random random;
    private final LocalDate today;
    private final CareStories stories;
    private final CareRoutines routines;
    private int inCare;

    CareDemoStories(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
        this.stories = new CareStories(random, today);
        this.routines = new CareRoutines(random, today);
    }

    /** The collection year (ending 31 March) that contains today. */
    int year() { return today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear(); }

    DemoChild inCare(DemoChild c) {
        int n = inCare++;
        int age = CareStories.age(c, today);
        boolean uasc = age >= 14 && random.nextInt(100) < 17;
        boolean unstable = random.nextInt(100) < 10;
        LocalDate start = stories.inCare(c, unstable, uasc);
        routines.routine(c, start, today, true);
        if (age >= 11 && random.nextInt(100) < 18) routines.missing(c, start, n % 90 == 0);
        routines.socialWorkers(c, start, today, random.nextInt(100) < 8);
        outcomes(c, start, null);
        if (uasc) {
            c.uascFrom = start;
            LocalDate contact = start.plusDays(10 + random.nextInt(60));
            c.familyContact = contact.isAfter(today) ? today : contact;
        }
        if (age <= 5 && !uasc && random.nextInt(100) < 25 && start.plusDays(60).isBefore(today)) {
            c.decision = new Object[] {stories.day(start.plusDays(30), today.minusDays(10)), null, null};
        }
        pathway(c, start, today);
        permanence(c, start);
        return c;
    }

    /**
     * Pathway plans for young people 16 or over with 13 weeks in care since 14: the first within three months of
     * becoming eligible, then reviews about every six months, one in ten late.
     */
    private void pathway(DemoChild c, LocalDate start, LocalDate end) {
        LocalDate from = CareStories.latest(start.plusDays(91), c.dob.plusYears(16), c.dob.plusYears(14).plusDays(91));
        if (from.isAfter(end) || from.isAfter(today)) return;
        boolean late = random.nextInt(100) < 10;
        for (LocalDate d = from.plusDays(random.nextInt(60)); !d.isAfter(today) && !(late && d.isAfter(today.minusMonths(2)));
             d = d.plusMonths(5).plusDays(random.nextInt(25))) {
            c.check(d.isBefore(from.plusDays(61)) ? "PATHWAY_PLAN" : "PATHWAY_PLAN_REVIEW", d);
        }
    }

    DemoChild left(DemoChild c, boolean adopted) {
        LocalDate start = stories.leftThisYear(c, adopted);
        LocalDate end = c.events.get(c.events.size() - 1).date();
        routines.routine(c, start, end, false);
        routines.socialWorkers(c, start, end, false);
        outcomes(c, start, end);
        permanence(c, start);
        pathway(c, start, end);
        return c;
    }

    /** A relevant child who left care after 16 and before 17; null when too young to have done so yet. */
    DemoChild leaver(DemoChild c) {
        LocalDate sixteen = c.dob.plusYears(16);
        LocalDate latest = c.dob.plusYears(17).minusDays(1);
        if (latest.isAfter(today.minusDays(14))) latest = today.minusDays(14);
        LocalDate yearStart = LocalDate.of(year() - 1, 4, 1);
        LocalDate earliest = sixteen.plusDays(1).isBefore(yearStart) && !yearStart.isAfter(latest) ? yearStart : sixteen.plusDays(1);
        if (earliest.isAfter(latest)) return null;
        LocalDate start = stories.leftAtSixteen(c, earliest, latest);
        LocalDate end = c.events.get(c.events.size() - 1).date();
        routines.routine(c, start, end, false);
        routines.socialWorkers(c, start, end, false);
        outcomes(c, start, end);
        permanence(c, start);
        LocalDate plan = stories.day(start.plusDays(30), end);
        c.check("PATHWAY_PLAN", plan);
        boolean late = random.nextInt(100) < 10;
        for (LocalDate r = plan.plusMonths(5).plusDays(random.nextInt(25)); !r.isAfter(today) && !(late && r.isAfter(today.minusMonths(2)));
             r = r.plusMonths(5).plusDays(random.nextInt(25))) {
            c.check("PATHWAY_PLAN_REVIEW", r);
        }
        if (random.nextInt(10) < 4) {
            c.adviser = "Personal adviser " + (1 + random.nextInt(25));
            c.adviserFrom = stories.day(end, today);
        }
        if (!c.dob.plusYears(17).isAfter(today)) c.leaverOutcome = oc3();
        return c;
    }

    private Object[] oc3() {
        int r = random.nextInt(100);
        if (r < 85) {
            return new Object[] {17, "YES", ACTIVITY[random.nextInt(ACTIVITY.length)], ACCOMMODATION[random.nextInt(ACCOMMODATION.length)]};
        }
        return new Object[] {17, r < 93 ? "NO" : r < 97 ? "REFU" : "RHOM", "0", "0"};
    }

    /**
     * OC2 for the last complete collection year and the current one: each year by whose 31 March the child had been
     * looked after for 12 months ({@code end} null: still in care).
     */
    private void outcomes(DemoChild c, LocalDate start, LocalDate end) {
        for (int y = year() - 1; y <= year(); y++) {
            LocalDate yearEnd = LocalDate.of(y, 3, 31);
            boolean through = end == null || !end.isBefore(yearEnd);
            if (!start.isAfter(LocalDate.of(y - 1, 4, 1)) && through) routines.outcome(c, y);
        }
    }

    /** Authorities that made an earlier order (LA_PERM, DfE codes), or not known. */
    private static final String[] ORDER_AUTHORITIES = {"850", "886", "855", "936", "881", "NUK"};

    private void permanence(DemoChild c, LocalDate start) {
        if (random.nextInt(100) < 8) {
            c.laPerm = ORDER_AUTHORITIES[random.nextInt(ORDER_AUTHORITIES.length)];
            c.prevPerm = random.nextBoolean() ? "P2" : "P3";
            LocalDate order = start.minusYears(1 + random.nextInt(3));
            c.permDate = order.isBefore(c.dob.plusDays(30)) ? null : order;
            if (c.permDate == null) c.prevPerm = "Z1";
        }
    }
}
