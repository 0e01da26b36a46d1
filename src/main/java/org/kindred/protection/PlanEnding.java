package org.kindred.protection;

import java.time.LocalDate;

/** Ending a plan outside a review conference: the end date and the reason. */
public record PlanEnding(LocalDate endDate, String reason) {
}
