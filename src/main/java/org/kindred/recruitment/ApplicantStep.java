package org.kindred.recruitment;

import java.time.LocalDate;

/** @param stage a {@link Stage} name; @param on the day, or null for today; @param reason when withdrawn */
public record ApplicantStep(String stage, LocalDate on, String reason) {
}
