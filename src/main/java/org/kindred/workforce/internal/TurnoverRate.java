package org.kindred.workforce.internal;

import java.time.LocalDate;
import java.util.List;
import org.kindred.workforce.StaffMember;

/**
 * Turnover rate: FTE children and family social workers (not agency workers) who left in the twelve months to the
 * day, divided by the FTE in post on the day. Source: DfE, "Children's social work workforce" methodology
 * (explore-education-statistics.service.gov.uk), turnover_rate_fte = leavers_fte / inpost_fte; England 2023:
 * 5,254.6 / 33,119.1 = 15.9%.
 */
final class TurnoverRate {
    private TurnoverRate() {
    }

    static double leaversFte(List<StaffMember> staff, LocalDate day) {
        return staff.stream().filter(s -> !s.agency() && s.leftInYearTo(day)).mapToDouble(StaffMember::fteValue).sum();
    }

    static Double on(List<StaffMember> staff, LocalDate day) {
        return Percent.of(leaversFte(staff, day), InPost.fte(staff, day));
    }
}
