package org.kindred.workforce.internal;

import java.math.BigDecimal;
import java.util.List;
import org.kindred.shared.Problems;
import org.kindred.workforce.EmploymentType;
import org.kindred.workforce.StaffEntry;

/** What an employment record must hold before it is kept; every problem named by its field. */
final class StaffCheck {
    /** Social Work England's registration numbers: "SW" and digits (the census's SWENo allows two letters and ten digits). */
    static final String SWE_NUMBER = "[A-Za-z]{2}\\d{1,10}";

    private StaffCheck() {
    }

    static void validate(StaffEntry e, List<String> teams, boolean newMember) {
        Problems p = new Problems();
        if (newMember) {
            p.require("username", e.username(), "Enter the username of their account (a new account is made if there is none)");
        }
        p.require("displayName", e.displayName(), "Enter their full name");
        p.require("team", e.team(), "Choose a team");
        if (e.team() != null && !e.team().isBlank() && !teams.contains(e.team())) {
            p.add("team", "There is no team called " + e.team());
        }
        if (e.type() == null) p.add("type", "Choose how they are employed");
        if (e.role() == null) p.add("role", "Choose their role");
        if (e.fte() == null) {
            p.add("fte", "Enter their FTE, e.g. 1 or 0.6");
        } else if (e.fte().compareTo(BigDecimal.ZERO) <= 0 || e.fte().compareTo(BigDecimal.ONE) > 0) {
            p.add("fte", "FTE must be more than 0 and at most 1");
        }
        if (e.startDate() == null) p.add("startDate", "Enter the date they started");
        if (e.sweNumber() != null && !e.sweNumber().isBlank() && !e.sweNumber().trim().matches(SWE_NUMBER)) {
            p.add("sweNumber", "Enter a Social Work England number like SW123456");
        }
        if (e.type() == EmploymentType.AGENCY && (e.agencyName() == null || e.agencyName().isBlank())) {
            p.add("agencyName", "Enter the agency an agency worker comes from");
        }
        if (e.agencyDayRatePence() != null && e.agencyDayRatePence() < 0) {
            p.add("agencyDayRate", "The day rate cannot be negative");
        }
        if (e.contractEnd() != null && e.startDate() != null && e.contractEnd().isBefore(e.startDate())) {
            p.add("contractEnd", "The contract cannot end before they started");
        }
        p.throwIfAny();
    }
}
