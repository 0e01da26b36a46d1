package org.kindred.workforce.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.allocation.Caseloads;
import org.kindred.workforce.Figures;
import org.kindred.workforce.Post;
import org.kindred.workforce.Staff;
import org.kindred.workforce.StaffMember;
import org.kindred.workforce.StaffRole;
import org.kindred.workforce.WorkforceMeasures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The census's measures over the employment records: rows read once, each day's figures counted in memory. */
@Service
class JdbcWorkforceMeasures implements WorkforceMeasures {
    private final Staff staff;
    private final Caseloads caseloads;
    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcWorkforceMeasures(Staff staff, Caseloads caseloads, JdbcClient jdbc, Optional<Clock> clock) {
        this.staff = staff;
        this.caseloads = caseloads;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    public Figures on(LocalDate day, String team) {
        return figures(List.of(day), team).get(0);
    }

    @Override
    public List<Figures> monthly(YearMonth from, YearMonth to, String team) {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> days = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            LocalDate end = m.atEndOfMonth();
            days.add(end.isAfter(today) && !m.atDay(1).isAfter(today) ? today : end);
        }
        return figures(days, team);
    }

    @Override
    public List<Figures> byTeam(LocalDate day) {
        return staff.teams().stream().map(t -> on(day, t)).filter(f -> f.headcount() + f.agencyHeadcount() > 0
                || f.establishmentFte() > 0).toList();
    }

    @Override
    public List<RoleCount> byRole(LocalDate day, String team) {
        Map<StaffRole, double[]> by = new EnumMap<>(StaffRole.class);
        for (StaffMember s : scope(team)) {
            if (s.inPostOn(day)) {
                double[] n = by.computeIfAbsent(s.role(), r -> new double[3]);
                n[s.agency() ? 2 : 0]++;
                if (!s.agency()) n[1] += s.fteValue();
            }
        }
        return by.entrySet().stream().map(e -> new RoleCount(e.getKey(), (int) e.getValue()[0],
                Percent.round1(e.getValue()[1]), (int) e.getValue()[2])).toList();
    }

    /** Figures already counted, kept while the staff records read are the same read (a few seconds; cleared on change). */
    private record Counted(List<StaffMember> staffRead, List<Figures> figures) {
    }

    private record Key(List<LocalDate> days, String team) {
    }

    private final java.util.concurrent.ConcurrentHashMap<Key, Counted> counted = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Figures> figures(List<LocalDate> days, String team) {
        List<StaffMember> read = staff.all();
        Key key = new Key(List.copyOf(days), team);
        Counted c = counted.get(key);
        if (c != null && c.staffRead() == read) return c.figures();
        List<Figures> figures = count(days, team);
        if (counted.size() > 500) counted.clear();
        counted.put(key, new Counted(read, figures));
        return figures;
    }

    private List<Figures> count(List<LocalDate> days, String team) {
        List<StaffMember> inScope = scope(team);
        Map<String, Double> establishment = new HashMap<>();
        for (Post p : staff.posts()) {
            if (team == null || team.equals(p.team())) establishment.put(p.team(), p.establishmentFte().doubleValue());
        }
        Map<LocalDate, Map<Long, Integer>> cases = caseloads.heldCounts(days);
        Map<LocalDate, Double> sick = sickness(days, team);
        return days.stream().map(d -> FiguresOn.of(d, team, inScope, establishment,
                cases.getOrDefault(d, Map.of()), sick.getOrDefault(d, 0.0))).toList();
    }

    private List<StaffMember> scope(String team) {
        return team == null ? staff.all() : staff.all().stream().filter(s -> team.equals(s.team())).toList();
    }

    /** Working days lost to sickness by the authority's own staff in the twelve months to each day. */
    private Map<LocalDate, Double> sickness(List<LocalDate> days, String team) {
        Map<LocalDate, Double> lost = new HashMap<>();
        jdbc.sql("""
                select d.day, sum(a.working_days) from unnest(?::date[]) as d(day)
                join workforce_absence a on a.reason = 'SICKNESS' and a.from_date > d.day - interval '1 year'
                    and a.from_date <= d.day
                join workforce_employment e on e.id = a.employment_id and e.employment_type <> 'AGENCY'
                    and (?::text is null or e.team = ?::text)
                group by d.day""")
                .params(days.stream().map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new), team, team)
                .query(rs -> {
                    lost.put(rs.getObject(1, LocalDate.class), rs.getDouble(2));
                });
        return lost;
    }
}
