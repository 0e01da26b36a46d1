package org.kindred.protection;

/** Ending a plan outside a review conference: ISO end date and the reason. */
public record PlanEnding(String endDate, String reason) {
}
