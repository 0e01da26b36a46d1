package org.kindred.protection;

import java.time.LocalDate;
import java.util.Collection;

/**
 * A plan is a repeat plan when the child was the subject of a child protection plan before, at any time (DfE,
 * Characteristics of children in need, "children who became the subject of a plan for a second or subsequent
 * time"; the CIN census counts them as {@code NumberOfPreviousCPP}). It is also a "second plan within two years"
 * when a previous plan ended in the two years before this one started (DfE measure "within 2 years of the
 * previous plan ending"); a previous plan ending exactly two years earlier still counts.
 */
public final class RepeatPlan {
    private RepeatPlan() {
    }

    /** @param earlierPlanStarts start dates of the child's plans recorded before this one */
    public static boolean isRepeat(Collection<LocalDate> earlierPlanStarts) {
        return !earlierPlanStarts.isEmpty();
    }

    /** @param earlierPlanEnds end dates of the child's earlier plans (an earlier plan still open counts too: null) */
    public static boolean withinTwoYears(LocalDate start, Collection<LocalDate> earlierPlanEnds) {
        LocalDate windowStart = start.minusYears(2);
        return earlierPlanEnds.stream().anyMatch(end -> end == null || !end.isBefore(windowStart));
    }
}
