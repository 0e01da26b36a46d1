package org.kindred.workforce.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kindred.workforce.ContinuityForecast;
import org.kindred.workforce.EmploymentType;
import org.kindred.workforce.StaffMember;
import org.kindred.workforce.StaffRole;

/**
 * The chance a child's social worker changes in the next three months, from what is known today: each reason an
 * independent chance, combined as 1 - (1 - p1)(1 - p2)... over a base rate. The weights are fitted on the demo
 * county's back-test (docs/workforce-forecast.md) and are meant to be re-fitted on an authority's own history
 * ({@code workforce backtest} prints each reason's change rate).
 */
final class ChangeRisk {
    // Fitted on the demo county's back-test at 2026-03-01, 04-01 and 05-01 (tested on later dates):
    // docs/workforce-forecast.md. Contract ends and caseloads above the limit have no history in the demo to fit.
    static final double BASE = 0.2;
    static final double WORKER_LEAVES = 0.95;
    static final double CONTRACT_ENDS = 0.55;
    static final double OVER_LIMIT = 0.12;
    static final double ASYE_ENDS = 0.41;
    static final double ONE_CHANGE = 0.2;
    static final double TWO_OR_MORE_CHANGES = 0.2;

    record Risk(double probability, List<String> reasons) {
    }

    private ChangeRisk() {
    }

    /**
     * @param worker the worker's employment record (null when none is kept); @param caseload the worker's children;
     * @param limit the team's caseload limit; @param changes the child's changes of social worker in 12 months
     */
    static Risk of(LocalDate today, StaffMember worker, int caseload, int limit, int changes) {
        LocalDate asyeEnds = worker != null && worker.role() == StaffRole.ASYE ? worker.startDate().plusYears(1) : null;
        return of(today, worker, caseload, limit, changes, asyeEnds);
    }

    /** @param asyeEnds the end of the worker's ASYE year from its record (null: none), known on past days too */
    static Risk of(LocalDate today, StaffMember worker, int caseload, int limit, int changes, LocalDate asyeEnds) {
        LocalDate horizon = today.plusMonths(ContinuityForecast.MONTHS_AHEAD);
        double stay = 1 - BASE;
        List<String> reasons = new ArrayList<>();
        if (naive(today, worker)) {
            stay *= 1 - WORKER_LEAVES;
            reasons.add(worker.displayName() + (worker.leavingDate().isBefore(today) ? " left on " : " leaves on ")
                    + worker.leavingDate());
        }
        if (worker != null && worker.type() == EmploymentType.AGENCY && worker.contractEnd() != null
                && !worker.contractEnd().isBefore(today) && !worker.contractEnd().isAfter(horizon)
                && (worker.leavingDate() == null || worker.leavingDate().isAfter(horizon))) {
            stay *= 1 - CONTRACT_ENDS;
            reasons.add("agency contract ends on " + worker.contractEnd());
        }
        if (caseload > limit) {
            stay *= 1 - OVER_LIMIT;
            reasons.add("caseload " + caseload + " is above the team's limit of " + limit);
        }
        if (asyeEnds != null) {
            if (!asyeEnds.isBefore(today) && !asyeEnds.isAfter(horizon)) {
                stay *= 1 - ASYE_ENDS;
                reasons.add("ASYE ends on " + asyeEnds + " (protected caseload ends)");
            }
        }
        if (changes >= 2) {
            stay *= 1 - TWO_OR_MORE_CHANGES;
            reasons.add(changes + " changes of social worker in the last 12 months");
        } else if (changes == 1) {
            stay *= 1 - ONE_CHANGE;
            reasons.add("1 change of social worker in the last 12 months");
        }
        return new Risk(Math.round(1000 * (1 - stay)) / 1000.0, List.copyOf(reasons));
    }

    /** A reason's kind, for the back-test's rates per reason. */
    static String kind(String reason) {
        if (reason.contains(" leaves on ") || reason.contains(" left on ")) return "worker leaves";
        if (reason.startsWith("agency contract")) return "agency contract ends";
        if (reason.startsWith("caseload ")) return "caseload above the limit";
        if (reason.startsWith("ASYE ends")) return "ASYE ends";
        if (reason.startsWith("1 change")) return "1 change in 12 months";
        return "2 or more changes in 12 months";
    }

    /** The naive rule: the worker leaves within three months (or left and still holds the child), so the child changes. */
    static boolean naive(LocalDate today, StaffMember worker) {
        return worker != null && worker.leavingDate() != null
                && !worker.leavingDate().isAfter(today.plusMonths(ContinuityForecast.MONTHS_AHEAD));
    }
}
