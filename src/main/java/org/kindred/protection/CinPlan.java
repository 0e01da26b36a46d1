package org.kindred.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A child in need plan: the CIN census {@code CINPlanStartDate} and {@code CINPlanEndDate}, the reason it ended,
 * its review dates (oldest first) and, while open, the next review due ({@link CinPlanReviewSchedule}).
 */
public record CinPlan(long id, long childId, LocalDate startDate, LocalDate endDate, String endReason,
                      List<LocalDate> reviews, LocalDate nextReviewDue, Instant createdAt, String createdBy) {

    public boolean open() { return endDate == null; }
}
