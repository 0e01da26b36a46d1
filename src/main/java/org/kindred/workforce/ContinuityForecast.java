package org.kindred.workforce;

import java.time.LocalDate;
import java.util.List;

/**
 * For every allocated child, the chance that their social worker changes in the next three months, with the
 * reasons, so that managers act first (allocate to a permanent worker, plan the handover).
 */
public interface ContinuityForecast {
    int MONTHS_AHEAD = 3;

    /** The children held by the team's workers (team null: every child), most likely change first; names from the register. */
    List<ChildForecast> forTeam(String team, LocalDate today);

    /** The forecast a manager would have seen on {@code at}, against what happened in the three months after. */
    BackTest backTest(LocalDate at);

    /** @param probability 0 to 1; @param workersThisYear social workers in the last 12 months, the child's included */
    record ChildForecast(long childId, String childName, long workerId, String workerName, String team,
                         double probability, List<String> reasons, int workersThisYear) {
        public int percent() { return (int) Math.round(100 * probability); }

        /** A change would make this the child's third (or later) social worker in 12 months. */
        public boolean likelyThirdWorker() { return workersThisYear >= 2 && probability >= 0.5; }
    }

    /** Precision and recall of the forecast (probability at least 0.5) and of "the worker leaves, so the child changes". */
    record BackTest(LocalDate at, LocalDate until, int children, int changed, Score forecast, Score naive,
                    List<ReasonRate> byReason) {
    }

    /** How often the children with a reason (or with none) changed worker: what re-fitting a reason's weight needs. */
    record ReasonRate(String reason, int children, int changed) {
        public double rate() { return children == 0 ? 0 : (double) changed / children; }
    }

    record Score(int predicted, int correct, double precision, double recall) {
        public static Score of(int predicted, int correct, int actual) {
            return new Score(predicted, correct, predicted == 0 ? 0 : (double) correct / predicted,
                    actual == 0 ? 0 : (double) correct / actual);
        }

        /** The harmonic mean of precision and recall. */
        public double f1() { return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall); }
    }
}
