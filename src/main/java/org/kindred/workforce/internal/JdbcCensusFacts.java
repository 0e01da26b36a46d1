package org.kindred.workforce.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.kindred.allocation.Caseloads;
import org.kindred.workforce.CensusFacts;
import org.kindred.workforce.CensusYear;
import org.kindred.workforce.Figures;
import org.kindred.workforce.Staff;
import org.kindred.workforce.StaffMember;
import org.kindred.workforce.WorkforceMeasures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The census's facts from the employment records, the day's caseloads and recorded sickness. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class JdbcCensusFacts implements CensusFacts {
    private final Staff staff;
    private final Caseloads caseloads;
    private final WorkforceMeasures measures;
    private final JdbcClient jdbc;

    @Override
    public Census census(CensusYear year) {
        LocalDate ref = year.referenceDate();
        Map<Long, Integer> cases = caseloads.heldCounts(List.of(ref)).getOrDefault(ref, Map.of());
        Map<Long, BigDecimal> sick = sickDays(year);
        return of(year, staff.all(), cases, sick, measures.on(ref, null));
    }

    /** The census from the year's staff, caseloads on 30 September and sickness: no SQL (the demo's test uses it). */
    public static Census of(CensusYear year, List<StaffMember> all, Map<Long, Integer> cases, Map<Long, BigDecimal> sick,
                            Figures f) {
        LocalDate ref = year.referenceDate();
        List<Worker> workers = new ArrayList<>();
        for (StaffMember s : all) {
            boolean inPost = s.inPostOn(ref);
            if (!inPost && !(s.leavingDate() != null && year.contains(s.leavingDate()))) {
                continue;
            }
            workers.add(new Worker(s.id(), s.displayName(), s.agency(), s.sweNumber(), s.fte(),
                    s.qualificationInstitution(), s.role(), s.startDate(), inPost ? null : s.leavingDate(),
                    inPost ? null : s.leavingReason(), inPost ? s.fte() : null,
                    inPost && s.role().caseHolder() ? cases.getOrDefault(s.userId(), 0) : null,
                    s.agency() ? null : sick.getOrDefault(s.id(), BigDecimal.ZERO)));
        }
        return new Census(year, scale(f.vacancyFte()), scale(f.agencyFte()), f.agencyHeadcount(), workers);
    }

    private static BigDecimal scale(double v) { return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP); }

    private Map<Long, BigDecimal> sickDays(CensusYear year) {
        Map<Long, BigDecimal> days = new HashMap<>();
        jdbc.sql("""
                select employment_id, sum(working_days) from workforce_absence
                where reason = 'SICKNESS' and from_date between ? and ? group by employment_id""")
                .params(year.firstDay(), year.referenceDate())
                .query(rs -> {
                    days.put(rs.getLong(1), rs.getBigDecimal(2));
                });
        return days;
    }
}
