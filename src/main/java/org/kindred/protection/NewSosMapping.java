package org.kindred.protection;

/** A mapping as typed: exactly one of {@code assessmentId} and {@code conferenceId}; ISO date; scaling "0" to "10". */
public record NewSosMapping(Long assessmentId, Long conferenceId, String mappedOn, String worries, String workingWell,
                            String needsToHappen, String dangerStatements, String safetyGoals, String scaling) {
}
