package org.kindred.care.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import lombok.RequiredArgsConstructor;
import org.kindred.care.HealthAssessmentDue;
import org.kindred.care.LookedAfterReviewSchedule;
import org.kindred.care.PersonalEducationPlanDue;
import org.kindred.shared.time.UkTime;

/**
 * The routine of a period of care for demo data: reviews on the statutory schedule, visits every four to six weeks,
 * health assessments, dental checks and PEPs, mostly on time with a few overdue; missing episodes with return home
 * interviews; social worker changes; OC2 outcomes.
 */
@RequiredArgsConstructor
final class CareRoutines {
    private static final String[] SW_REASONS = {"MANAGE", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "OTHERS"};
    private final Random random;
    private final LocalDate today;

    /** Reviews, visits, health and education from {@code start} to {@code end} (today while still in care). */
    void routine(DemoChild c, LocalDate start, LocalDate end, boolean open) {
        List<LocalDate> held = new ArrayList<>();
        LocalDate due = LookedAfterReviewSchedule.nextDue(start, held);
        while (!due.isAfter(end)) {
            if (open && random.nextInt(100) < 4 && due.isAfter(end.minusMonths(6))) break;
            LocalDate on = latest(start.plusDays(1), due.minusDays(random.nextInt(12)), held.isEmpty() ? start : held.get(held.size() - 1).plusDays(1));
            if (on.isAfter(end)) break;
            held.add(on);
            c.reviews.add(new LocalDate[] {on});
            c.participation.add(CareStories.age(c, on) < 4 ? "PN0" : "PN" + (1 + random.nextInt(random.nextInt(4) == 0 ? 7 : 2)));
            due = LookedAfterReviewSchedule.nextDue(start, held);
        }
        LocalDate visit = latest(start, today.minusDays(400)).plusDays(1 + random.nextInt(6));
        boolean late = open && random.nextInt(100) < 6;
        while (!visit.isAfter(end)) {
            c.visits.add(visit);
            visit = visit.plusDays(25 + random.nextInt(18) + (late ? 30 : 0));
        }
        LocalDate health = HealthAssessmentDue.initialDue(start).minusDays(random.nextInt(8));
        boolean skipHealth = open && random.nextInt(100) < 5;
        while (!health.isAfter(end) && !(skipHealth && health.isAfter(end.minusMonths(3)))) {
            if (!health.isBefore(start)) c.check("HEALTH_ASSESSMENT", health);
            if (!health.isBefore(start) && random.nextInt(10) < 8) c.check("DENTAL_CHECK", health.plusDays(random.nextInt(30)).isAfter(end) ? health : health.plusDays(random.nextInt(30)));
            health = HealthAssessmentDue.nextDue(start, c.dob, health).minusDays(random.nextInt(20));
        }
        if (CareStories.age(c, today) >= 4) {
            LocalDate pep = PersonalEducationPlanDue.initialDue(start).minusDays(random.nextInt(5));
            boolean skipPep = open && random.nextInt(100) < 6;
            while (!pep.isAfter(end) && !(skipPep && pep.isAfter(end.minusMonths(4)))) {
                if (!pep.isBefore(start) && CareStories.age(c, pep) >= 4) c.check("PEP", pep);
                pep = PersonalEducationPlanDue.nextDue(start, pep).minusDays(10 + random.nextInt(40));
            }
        }
    }

    /** 0 to 4 missing episodes in the last year for older children; {@code missingNow} leaves the last one open. */
    void missing(DemoChild c, LocalDate start, boolean missingNow) {
        int n = missingNow ? 1 : 1 + random.nextInt(4);
        LocalDate from = latest(start.plusDays(1), today.minusDays(360));
        for (int i = 0; i < n; i++) {
            long span = Math.max(1, ChronoUnit.DAYS.between(from, today.minusDays(5)));
            Instant went = from.plusDays(random.nextInt((int) span)).atTime(15 + random.nextInt(8), 0)
                    .atZone(UkTime.ZONE).toInstant();
            if (missingNow && i == n - 1) {
                went = today.minusDays(random.nextInt(3)).atTime(1 + random.nextInt(6), 0).atZone(UkTime.ZONE).toInstant();
                c.missing.add(new Instant[] {went, null, null});
                c.rhiAccepted.add(null);
                continue;
            }
            Instant back = went.plus(Duration.ofHours(4 + random.nextInt(70)));
            if (overlaps(c, went, back)) continue; // a child is missing once at a time (DfE rule 574)
            int r = random.nextInt(10);
            Instant offered = r < 8 ? back.plus(Duration.ofHours(2 + random.nextInt(60))) : r == 8 ? back.plus(Duration.ofHours(80 + random.nextInt(40))) : null;
            // Not offered yet if the offer would fall after the demo's today.
            if (offered != null && offered.isAfter(today.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant())) offered = null;
            c.missing.add(new Instant[] {went, back, offered});
            c.rhiAccepted.add(offered == null ? null : random.nextInt(10) < 6);
        }
    }

    private static boolean overlaps(DemoChild c, Instant went, Instant back) {
        Duration day = Duration.ofDays(1);
        return c.missing.stream().anyMatch(m -> !m[0].isAfter(back.plus(day)) && !went.isAfter(m[1].plus(day)));
    }

    /**
     * Social worker episodes: a current worker, one or two before in the year, three or more for {@code churn}. The
     * first starts with the period of care (DfE rule SW12: a worker from the start of care) and the last stays open
     * (SW11b, SW17: a worker at 31 March, also for a child who has left care and is still supported).
     */
    void socialWorkers(DemoChild c, LocalDate start, LocalDate end, boolean churn) {
        int changes = churn ? 2 + random.nextInt(2) : random.nextInt(10) < 7 ? 0 : 1;
        LocalDate from = latest(start.plusDays(2), today.minusDays(330));
        List<LocalDate> starts = new ArrayList<>();
        starts.add(start);
        for (int i = 0; i < changes; i++) starts.add(from.plusDays(random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(from, end)))));
        List<LocalDate> sorted = starts.stream().sorted().distinct().toList();
        for (int i = 0; i < sorted.size(); i++) {
            LocalDate until = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            c.swEpisodes.add(new Object[] {"SW" + (1000 + random.nextInt(140)), sorted.get(i), until,
                    i == 0 ? "OTHERS" : SW_REASONS[random.nextInt(SW_REASONS.length)]});
        }
    }

    /** OC2 facts for the collection year: SDQ from 4 to 16, convictions from 10, substance misuse rare. */
    void outcome(DemoChild c, int year) {
        int age = CareStories.age(c, LocalDate.of(year, 3, 31));
        boolean sdqAge = age >= 4 && CareStories.age(c, LocalDate.of(year - 1, 4, 1)) < 17;
        boolean misuse = age >= 12 && random.nextInt(100) < 5;
        Boolean received = misuse ? random.nextBoolean() : null;
        Object[] outcome = {year, sdqAge && random.nextInt(10) < 9 ? random.nextInt(30) : null, null, age >= 10 ? random.nextInt(100) < 4 : null,
                age < 5 ? random.nextInt(10) < 9 : null, random.nextInt(100) < 88, misuse, received,
                misuse && !received ? random.nextBoolean() : null};
        if (outcome[1] == null && sdqAge) outcome[2] = "SDQ" + (2 + random.nextInt(4));
        c.outcomes.add(outcome);
    }

    private static LocalDate latest(LocalDate... dates) { return CareStories.latest(dates); }
}
