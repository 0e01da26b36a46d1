package org.kindred.care;

/** Why a recorded event was wrong, and the event as it should have been (null to withdraw it). */
public record Correction(String reason, NewCareEvent replacement) {
}
