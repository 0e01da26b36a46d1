package org.kindred.protection.demo;

import java.time.LocalDate;
import java.util.Random;
import lombok.RequiredArgsConstructor;
import org.kindred.shared.WorkingDays;

/**
 * A plan's life after its conference: reviews at three then six months (a few held late or not yet held, so some
 * are overdue now), core groups (the first within 10 working days, then about every six weeks) and visits (about
 * every 10 working days, the child seen at most of them).
 */
@RequiredArgsConstructor
final class DemoPlanLife {
    private final ProtectionDemoRows rows;
    private final Random rnd;
    private final WorkingDays wd;
    private final LocalDate today;

    void live(long child, long plan, LocalDate icpc, LocalDate end, String category) {
        LocalDate until = end != null ? end : today;
        boolean stalls = rnd.nextInt(12) == 0;
        LocalDate review = icpc.plusMonths(3).minusDays(rnd.nextInt(14));
        while (review.isBefore(until) && !(stalls && review.plusMonths(1).isAfter(until))) {
            rows.add("cp_conference", child, "REVIEW", null, plan, review, "Asha Patel", "Parents, school, health",
                    "CONTINUE_PLAN", category);
            review = review.plusMonths(6).minusDays(rnd.nextInt(14));
        }
        if (end != null) {
            rows.add("cp_conference", child, "REVIEW", null, plan, end, "Tom Reid", "Parents, school, health",
                    "END_PLAN", null);
        }
        LocalDate meeting = wd.plusWorkingDays(icpc, 5 + rnd.nextInt(rnd.nextInt(10) == 0 ? 12 : 6));
        while (meeting.isBefore(until)) {
            LocalDate nextDue = meeting.plusWeeks(6);
            rows.add("cp_core_group", plan, child, meeting, "Parents, social worker, school", nextDue);
            meeting = nextDue.minusDays(rnd.nextInt(10) == 0 ? -7 : rnd.nextInt(7));
        }
        LocalDate visit = wd.plusWorkingDays(icpc, 3 + rnd.nextInt(8));
        while (visit.isBefore(until)) {
            boolean seen = rnd.nextInt(20) != 0;
            rows.add("cp_visit", plan, child, visit, seen, seen && rnd.nextInt(10) < 6, DemoCases.worker(rnd));
            visit = wd.plusWorkingDays(visit, 7 + rnd.nextInt(rnd.nextInt(8) == 0 ? 8 : 4));
        }
    }
}
