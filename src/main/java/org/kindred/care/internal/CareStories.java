package org.kindred.care.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.kindred.care.CareEvent;
import org.kindred.care.CategoryOfNeed;
import org.kindred.care.LegalStatus;
import org.kindred.care.Placement;
import org.kindred.care.PlacementChangeReason;
import org.kindred.care.PlacementProvider;
import org.kindred.care.PlacementType;
import org.kindred.care.ReasonCeased;

/**
 * Writes plausible care histories: when and how a child came into care, legal status changes, moves (about one in
 * ten with three or more placements in the last 12 months), leaving care with a reason that fits the child's age,
 * adoptions through a placement order. Dates never precede birth nor 1 April 2016 (the start of PrevPerm and of
 * the working-day calendar's comfortable range), and never fall on the same day twice, so each event is one change.
 */
final class CareStories {
    static final LocalDate EARLIEST = LocalDate.of(2016, 4, 1);
    private static final PlacementChangeReason[] MOVES = {PlacementChangeReason.CARPL, PlacementChangeReason.CREQB,
            PlacementChangeReason.CREQO, PlacementChangeReason.CHILD, PlacementChangeReason.LAREQ,
            PlacementChangeReason.STAND, PlacementChangeReason.CLOSE, PlacementChangeReason.OTHER};
    private final Random random;
    private final LocalDate today;
    private final TreeSet<LocalDate> used = new TreeSet<>();
    /** Placements that need no Ofsted URN (DfE rules 218 and 222, 2025/26): with parents, employment, NHS, temporary. */
    private static final java.util.Set<PlacementType> UNREGISTERED = java.util.EnumSet.noneOf(PlacementType.class);
    static {
        for (PlacementType t : PlacementType.values()) {
            if (java.util.Set.of("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4").contains(t.name())
                    || t.name().startsWith("Z")) UNREGISTERED.add(t);
        }
    }
    /** The county's own fostering and adoption service's URN. */
    private final String ownServiceUrn;

    CareStories(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
        this.ownServiceUrn = String.format("SC%06d", 40000 + random.nextInt(900000));
    }

    /** A child in care now; {@code unstable} gives 3 or more placements in the last 12 months. */
    LocalDate inCare(DemoChild c, boolean unstable, boolean uasc) {
        used.clear();
        LocalDate earliest = latest(EARLIEST, c.dob.plusDays(1), uasc ? c.dob.plusYears(14) : EARLIEST);
        LocalDate start = random.nextInt(10) < 3 || unstable && random.nextBoolean()
                ? day(latest(earliest, today.minusDays(330)), today.minusDays(25))
                : day(earliest, latest(earliest, today.minusDays(366)));
        if (start.isAfter(today.minusDays(20))) start = today.minusDays(20);
        if (start.isBefore(earliest)) start = earliest.isAfter(today) ? today : earliest;
        LegalStatus ls = uasc ? LegalStatus.V2 : firstStatus(age(c, start));
        CategoryOfNeed need = uasc ? CategoryOfNeed.N8 : need();
        c.events.add(CareEvent.cameIntoCare(take(start), ls, need, placement(age(c, start), uasc), random.nextInt(10) < 4));
        legalCourse(c, start, ls);
        moves(c, start, unstable, uasc);
        return start;
    }

    /** A child who left care in the last 12 months, for a reason fitting their age; adoptions through E1 and A6. */
    LocalDate leftThisYear(DemoChild c, boolean adopted) {
        used.clear();
        LocalDate end = day(latest(today.minusDays(364), c.dob.plusDays(200)), today.minusDays(3));
        LocalDate start = day(latest(EARLIEST, c.dob.plusDays(1), end.minusYears(3)), end.minusDays(60));
        LegalStatus first = firstStatus(age(c, start));
        c.events.add(CareEvent.cameIntoCare(take(start), first, need(), placement(age(c, start), false), random.nextBoolean()));
        endEmergency(c, start, first);
        if (adopted) {
            LocalDate order = day(start.plusDays(20), end.minusDays(30));
            c.events.add(CareEvent.legalStatusChange(take(order), LegalStatus.E1));
            LocalDate placed = day(order.plusDays(5), end.minusDays(10));
            c.events.add(CareEvent.placementChange(take(placed), new Placement(PlacementType.A6, PlacementProvider.PR1,
                    postcode(), ownServiceUrn), PlacementChangeReason.CARPL, false));
            c.events.add(CareEvent.leftCare(take(end), random.nextBoolean() ? ReasonCeased.E11 : ReasonCeased.E12));
            c.decision = new Object[] {order.minusDays(1 + random.nextInt(20)), null, null};
            c.adoption = adopters(c.decision[0], day((LocalDate) c.decision[0], placed));
            return start;
        }
        if (random.nextInt(3) == 0 && start.plusDays(90).isBefore(end.minusDays(10))) {
            moveOn(c, day(start.plusDays(30), end.minusDays(10)), false);
        }
        ReasonCeased[] reasons = {ReasonCeased.E4A, ReasonCeased.E4A, ReasonCeased.E4A, ReasonCeased.E13,
                ReasonCeased.E41, ReasonCeased.E45, ReasonCeased.E46, ReasonCeased.E48, ReasonCeased.E4B, ReasonCeased.E8};
        ReasonCeased reason = reasons[random.nextInt(reasons.length)];
        // A special guardianship order to former foster carers (E45, E46) needs a foster placement (DfE rule 516).
        if ((reason == ReasonCeased.E45 || reason == ReasonCeased.E46) && !fostered(c)) reason = ReasonCeased.E4A;
        c.events.add(CareEvent.leftCare(take(end), reason));
        return start;
    }

    private static boolean fostered(DemoChild c) {
        for (int i = c.events.size() - 1; i >= 0; i--) {
            Placement p = c.events.get(i).placement();
            if (p != null) return p.type().name().startsWith("U");
        }
        return false;
    }

    /** A relevant child: in care for at least 13 weeks from 14, leaving after 16 and before 17 into supported living. */
    LocalDate leftAtSixteen(DemoChild c, LocalDate from, LocalDate to) {
        used.clear();
        LocalDate end = day(from, to);
        LocalDate start = day(latest(EARLIEST, c.dob.plusYears(14)), latest(EARLIEST, end.minusDays(120)));
        c.events.add(CareEvent.cameIntoCare(take(start), LegalStatus.V2, need(), placement(15, false), random.nextBoolean()));
        if (random.nextBoolean() && end.minusDays(40).isAfter(start.plusDays(30))) {
            c.events.add(CareEvent.placementChange(take(day(start.plusDays(30), end.minusDays(40))),
                    new Placement(PlacementType.K2, PlacementProvider.PR4, postcode(), urn()), PlacementChangeReason.CARPL, false));
        }
        ReasonCeased[] reasons = {ReasonCeased.E5, ReasonCeased.E5, ReasonCeased.E5, ReasonCeased.E13, ReasonCeased.E4B};
        c.events.add(CareEvent.leftCare(take(end), reasons[random.nextInt(reasons.length)]));
        return start;
    }

    /** AD1 adopters whose number, sex and legal status agree (L11 married MF, L12 married same sex, L3, L0 single). */
    private Object[] adopters(Object decided, LocalDate matched) {
        int r = random.nextInt(10);
        String sex = r < 7 || r == 8 ? "MF" : r == 7 ? (random.nextBoolean() ? "FF" : "MM") : (random.nextBoolean() ? "F1" : "M1");
        String ls = r < 7 ? "L11" : r == 7 ? "L12" : r == 8 ? "L3" : "L0";
        return new Object[] {decided, matched, false, sex.endsWith("1") ? 1 : 2, sex, ls};
    }

    /**
     * Police protection lasts at most 72 hours, an emergency protection order at most 8 days here (DfE rules 361,
     * 362): either is followed by an interim care order or accommodation by agreement. Returns the status after.
     */
    private LegalStatus endEmergency(DemoChild c, LocalDate start, LegalStatus ls) {
        LocalDate next = start.plusDays(1 + random.nextInt(ls == LegalStatus.L1 ? 3 : 8));
        if ((ls == LegalStatus.L1 || ls == LegalStatus.L2) && next.isBefore(today)) {
            ls = random.nextBoolean() ? LegalStatus.C1 : LegalStatus.V2;
            c.events.add(CareEvent.legalStatusChange(take(next), ls));
        }
        return ls;
    }

    private void legalCourse(DemoChild c, LocalDate start, LegalStatus ls) {
        LocalDate next = start.plusDays(9);
        ls = endEmergency(c, start, ls);
        LocalDate full = next.plusDays(150 + random.nextInt(200));
        if (ls == LegalStatus.C1 && full.isBefore(today.minusDays(2))) {
            c.events.add(CareEvent.legalStatusChange(take(full), LegalStatus.C2));
        }
    }

    private void moves(DemoChild c, LocalDate start, boolean unstable, boolean uasc) {
        LocalDate window = today.minusDays(360);
        List<LocalDate> dates = new ArrayList<>();
        if (unstable) {
            LocalDate from = latest(start.plusDays(10), window);
            int n = 2 + random.nextInt(3);
            for (int i = 0; i < n; i++) dates.add(day(from, today.minusDays(5)));
        } else {
            long years = ChronoUnit.DAYS.between(start, window) / 365;
            int n = years <= 0 ? (random.nextInt(4) == 0 ? 1 : 0) : random.nextInt((int) Math.min(3, years) + 1);
            for (int i = 0; i < n; i++) {
                dates.add(years <= 0 ? day(start.plusDays(15), today.minusDays(5)) : day(start.plusDays(15), window.minusDays(30)));
            }
        }
        dates.stream().sorted().distinct().filter(d -> d.isAfter(start) && !used.contains(d) && d.isBefore(today))
                .forEach(d -> moveOn(c, d, uasc));
    }

    private void moveOn(DemoChild c, LocalDate on, boolean uasc) {
        int age = age(c, on);
        c.events.add(CareEvent.placementChange(take(on), placement(age, uasc), MOVES[random.nextInt(MOVES.length)], false));
    }

    Placement placement(int age, boolean uasc) {
        int r = random.nextInt(100);
        PlacementType type;
        if (uasc && age >= 16) type = r < 60 ? PlacementType.K2 : PlacementType.U6;
        else if (age >= 12 && r < 18) type = PlacementType.K2;
        else if (age >= 16 && r < 30) type = PlacementType.R1;
        else if (r < 55) type = PlacementType.U6;
        else if (r < 70) type = PlacementType.U4;
        else if (r < 85) type = PlacementType.U3;
        else if (r < 92) type = PlacementType.U1;
        else type = age < 1 ? PlacementType.R3 : PlacementType.U6;
        PlacementProvider provider = type == PlacementType.K2 || type == PlacementType.R1
                ? (random.nextInt(4) == 0 ? PlacementProvider.PR1 : PlacementProvider.PR4)
                : type == PlacementType.R3 ? PlacementProvider.PR5
                : random.nextInt(10) < 6 ? PlacementProvider.PR1 : PlacementProvider.PR4;
        boolean registered = !UNREGISTERED.contains(type);
        return new Placement(type, provider, postcode(),
                !registered ? null : provider == PlacementProvider.PR1 && type.name().startsWith("U") ? ownServiceUrn : urn());
    }

    /** A made-up Ofsted URN in the old SC format (synthetic: no real setting is meant). */
    private String urn() {
        return String.format("SC%06d", 40000 + random.nextInt(900000));
    }

    private LegalStatus firstStatus(int age) {
        int r = random.nextInt(100);
        if (r < 10) return LegalStatus.L1;
        if (r < 18) return LegalStatus.L2;
        if (age >= 10 && r < 55 || r < 35) return LegalStatus.V2;
        return LegalStatus.C1;
    }

    private CategoryOfNeed need() {
        int r = random.nextInt(100);
        return r < 65 ? CategoryOfNeed.N1 : r < 75 ? CategoryOfNeed.N4 : r < 85 ? CategoryOfNeed.N5
                : r < 90 ? CategoryOfNeed.N2 : r < 95 ? CategoryOfNeed.N3 : CategoryOfNeed.N8;
    }

    String postcode() {
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        return "ZY" + (1 + random.nextInt(99)) + " " + random.nextInt(10) + letters.charAt(random.nextInt(letters.length()))
                + letters.charAt(random.nextInt(letters.length()));
    }

    /** A day between the two (inclusive), uniformly; the earlier when they are the wrong way round. */
    LocalDate day(LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        return span <= 0 ? from : from.plusDays(random.nextInt((int) span + 1));
    }

    private LocalDate take(LocalDate d) {
        while (used.contains(d)) d = d.plusDays(1);
        used.add(d);
        return d;
    }

    static int age(DemoChild c, LocalDate on) { return Period.between(c.dob, on).getYears(); }

    static LocalDate latest(LocalDate... dates) {
        LocalDate l = dates[0];
        for (LocalDate d : dates) if (d.isAfter(l)) l = d;
        return l;
    }
}
