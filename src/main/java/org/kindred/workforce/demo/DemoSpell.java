package org.kindred.workforce.demo;

import java.time.LocalDate;
import org.kindred.workforce.EmploymentType;
import org.kindred.workforce.LeavingReason;
import org.kindred.workforce.StaffRole;

/** One generated spell of employment, before it has a row. */
public record DemoSpell(String username, String name, String team, EmploymentType type, StaffRole role, double fte,
                 LocalDate start, LocalDate leaving, LeavingReason reason, String swe, String qualification,
                 String agency, Long dayRatePence, LocalDate contractEnd) {
}
