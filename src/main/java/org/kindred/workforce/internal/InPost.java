package org.kindred.workforce.internal;

import java.time.LocalDate;
import java.util.List;
import org.kindred.workforce.StaffMember;

/**
 * Social workers in post on a day: the authority's own (permanent, fixed term, secondees) apart from agency
 * workers, as the census counts them. Headcount counts people once; FTE sums contracted hours over standard hours.
 * Source: DfE, Children's social work workforce data guidance (inpost_fte, inpost_headcount, agency_fte).
 */
final class InPost {
    private InPost() {
    }

    static double fte(List<StaffMember> staff, LocalDate day) {
        return staff.stream().filter(s -> !s.agency() && s.inPostOn(day)).mapToDouble(StaffMember::fteValue).sum();
    }

    static int headcount(List<StaffMember> staff, LocalDate day) {
        return (int) staff.stream().filter(s -> !s.agency() && s.inPostOn(day)).mapToLong(StaffMember::userId)
                .distinct().count();
    }

    static double agencyFte(List<StaffMember> staff, LocalDate day) {
        return staff.stream().filter(s -> s.agency() && s.inPostOn(day)).mapToDouble(StaffMember::fteValue).sum();
    }

    static int agencyHeadcount(List<StaffMember> staff, LocalDate day) {
        return (int) staff.stream().filter(s -> s.agency() && s.inPostOn(day)).mapToLong(StaffMember::userId)
                .distinct().count();
    }
}
