package org.kindred.protection;

import java.time.LocalDate;

/** A mapping as typed: exactly one of {@code assessmentId} and {@code conferenceId}; scaling "0" to "10". */
public record NewSosMapping(Long assessmentId, Long conferenceId, LocalDate mappedOn, String worries, String workingWell,
                            String needsToHappen, String dangerStatements, String safetyGoals, String scaling) {
}
