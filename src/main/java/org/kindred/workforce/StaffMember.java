package org.kindred.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One spell of employment of a member of staff, keyed to their account in access. */
public record StaffMember(long id, long userId, String username, String displayName, String team,
                          EmploymentType type, StaffRole role, String grade, BigDecimal fte, LocalDate startDate,
                          LocalDate leavingDate, LeavingReason leavingReason, String sweNumber, LocalDate sweRenewal,
                          String qualificationInstitution, String agencyName, Long agencyDayRatePence,
                          LocalDate contractEnd) {

    /**
     * In post on the day: started on or before it and leaving after it. Someone whose leaving date is the day counts
     * as a leaver in the year ending on it, not as in post (the census counts nobody twice).
     */
    public boolean inPostOn(LocalDate day) {
        return !startDate.isAfter(day) && (leavingDate == null || leavingDate.isAfter(day));
    }

    /** Left in the twelve months ending on the day (the census's leavers for a year ending 30 September). */
    public boolean leftInYearTo(LocalDate day) {
        return leavingDate != null && leavingDate.isAfter(day.minusYears(1)) && !leavingDate.isAfter(day);
    }

    public double fteValue() { return fte.doubleValue(); }

    public boolean agency() { return type == EmploymentType.AGENCY; }
}
