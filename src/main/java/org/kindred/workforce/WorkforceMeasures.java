package org.kindred.workforce;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The census's measures, at a day or month by month, for the authority (team null) or one team. */
public interface WorkforceMeasures {
    Figures on(LocalDate day, String team);

    /** The figures on each month's last day (the current month: today), from {@code from} to {@code to}. */
    List<Figures> monthly(YearMonth from, YearMonth to, String team);

    /** One line per team on the day. */
    List<Figures> byTeam(LocalDate day);

    /** Headcount and FTE in post on the day by role. */
    List<RoleCount> byRole(LocalDate day, String team);

    record RoleCount(StaffRole role, int headcount, double fte, int agencyHeadcount) {
    }
}
