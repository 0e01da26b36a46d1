package org.kindred.protection;

import java.time.Instant;
import java.time.LocalDate;

/** A child in need plan: the CIN census {@code CINPlanStartDate} and {@code CINPlanEndDate}. */
public record CinPlan(long id, long childId, LocalDate startDate, LocalDate endDate, Instant createdAt,
                      String createdBy) {
}
