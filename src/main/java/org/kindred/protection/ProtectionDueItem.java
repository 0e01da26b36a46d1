package org.kindred.protection;

import java.time.LocalDate;

/**
 * Something due for a child, with the plan's latest category when it belongs to a child protection plan.
 *
 * @param recordId the enquiry, plan or child in need plan it belongs to
 */
public record ProtectionDueItem(DueKind kind, long childId, long recordId, LocalDate due, CategoryOfAbuse category) {

    /** Whole days past the due date on {@code today}; 0 when not overdue. */
    public long daysOverdue(LocalDate today) {
        return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(due, today));
    }

    public String link() {
        return kind == DueKind.CIN_PLAN_REVIEW ? "/children/" + childId + "/cin-plans"
                : "/children/" + childId + "/protection";
    }
}
