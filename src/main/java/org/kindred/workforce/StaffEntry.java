package org.kindred.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a manager records about a member of staff (new or changed). For a new member, {@code username} names their
 * account; when there is none yet, one is created with {@code displayName} in {@code team}, disabled until an
 * administrator gives it a password.
 */
public record StaffEntry(String username, String displayName, String team, EmploymentType type, StaffRole role,
                         String grade, BigDecimal fte, LocalDate startDate, String sweNumber, LocalDate sweRenewal,
                         String qualificationInstitution, String agencyName, Long agencyDayRatePence,
                         LocalDate contractEnd) {
}
