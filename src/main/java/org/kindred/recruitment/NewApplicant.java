package org.kindred.recruitment;

import java.time.LocalDate;

/** @param appliedOn the day, or null for today; @param vacancyId optional */
public record NewApplicant(String name, String email, Long vacancyId, LocalDate appliedOn) {
}
