package org.kindred.workforce.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.kindred.access.Role;
import org.kindred.access.Teams;
import org.kindred.shared.demo.Columns;
import org.kindred.shared.demo.DemoStep;
import org.kindred.workforce.EmploymentType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo step 850 (before allocation's 900, whose history of changes follows the leavers and ASYEs made here):
 * employment records for the demo's staff, five census years of leavers and ended agency engagements (made as disabled
 * former-staff accounts), posts per team, recorded sickness, and progression and supervision ({@link ProgressionDemo}),
 * each table in one set-based insert.
 */
@Component
@RequiredArgsConstructor
class WorkforceDemoStep implements DemoStep {
    private final JdbcTemplate jdbc;
    private final Teams teams;

    @Override
    public int order() { return 850; }

    @Override
    @Transactional
    public String generate(DemoContext context) {
        if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from workforce_employment)", Boolean.class))) {
            return "Workforce records: already there";
        }
        List<Teams.Team> all = teams.list();
        Set<Long> seen = new HashSet<>();
        List<DemoWorkforce.Current> current = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        for (Teams.Member m : teams.members(all.stream().map(Teams.Team::id).toList())) {
            boolean social = m.roles().contains(Role.SOCIAL_WORKER) || m.roles().contains(Role.FRONT_DOOR_WORKER)
                    || m.roles().contains(Role.TEAM_MANAGER);
            if (social && !m.roles().contains(Role.ADMINISTRATOR) && seen.add(m.userId())) {
                current.add(new DemoWorkforce.Current(m.userId(), m.username(), m.displayName(), m.team(), m.manager()));
                ids.put(m.username(), m.userId());
            }
        }
        if (current.isEmpty()) {
            return "Workforce records: none (no staff)";
        }
        DemoWorkforce.Plan plan = new DemoWorkforce(context.seed(), context.today())
                .plan(current, current.stream().map(DemoWorkforce.Current::team).distinct().sorted().toList());
        ids.putAll(teams.createFormerStaff(plan.former().stream().map(s -> new Teams.NewStaff(s.username(), s.name(),
                Role.SOCIAL_WORKER, s.team())).toList(), "demo data"));
        List<DemoSpell> spells = new ArrayList<>(plan.current());
        spells.addAll(plan.former());
        insertSpells(spells, ids);
        insertPosts(plan.current(), new Random(context.seed() + 151));
        int absences = insertSickness(context.today(), new Random(context.seed() + 152));
        Map<String, ProgressionDemo.Manager> managers = new HashMap<>();
        current.stream().filter(DemoWorkforce.Current::manager).forEach(c -> managers.putIfAbsent(c.team(),
                new ProgressionDemo.Manager(c.userId(), c.name())));
        String progression = new ProgressionDemo(jdbc, context.today(), new Random(context.seed() + 153))
                .generate(managers, DemoWorkforce.DEMO_MANAGERS_TEAM);
        return "Workforce records: " + plan.current().size() + " staff, " + plan.former().size()
                + " leavers and ended agency engagements over five census years, " + absences + " sickness absences, " + progression;
    }

    private void insertSpells(List<DemoSpell> spells, Map<String, Long> ids) {
        Columns rows = new Columns("workforce_employment", "user_id bigint", "username text", "display_name text",
                "team text", "employment_type text", "staff_role text", "fte numeric", "start_date date",
                "leaving_date date", "leaving_reason text", "swe_number text", "qualification_institution text",
                "agency_name text", "agency_day_rate_pence bigint", "contract_end date", "created_by text");
        for (DemoSpell s : spells) {
            rows.add(ids.get(s.username()), s.username(), s.name(), s.team(), s.type().name(), s.role().name(),
                    java.math.BigDecimal.valueOf(s.fte()), s.start(), s.leaving(),
                    s.reason() == null ? null : s.reason().name(), s.swe(), s.qualification(), s.agency(),
                    s.dayRatePence(), s.contractEnd(), "demo data");
        }
        rows.insertInto(jdbc);
    }

    /** Each team is funded for its people today and a little more: vacancies, some covered by agency workers. */
    private void insertPosts(List<DemoSpell> current, Random random) {
        Map<String, Double> fte = new HashMap<>();
        current.stream().filter(s -> s.type() != EmploymentType.AGENCY)
                .forEach(s -> fte.merge(s.team(), s.fte(), Double::sum));
        Map<String, Double> agency = new HashMap<>();
        current.stream().filter(s -> s.type() == EmploymentType.AGENCY)
                .forEach(s -> agency.merge(s.team(), s.fte(), Double::sum));
        Columns posts = new Columns("workforce_post", "team text", "establishment_fte numeric", "changed_by text");
        for (Map.Entry<String, Double> e : fte.entrySet()) {
            double establishment = e.getValue() + agency.getOrDefault(e.getKey(), 0.0) + random.nextInt(3) * 0.5;
            posts.add(e.getKey(), java.math.BigDecimal.valueOf(establishment), "demo data");
        }
        posts.insertInto(jdbc);
    }

    /** Sickness for the authority's own staff: about six in ten have a spell a year, 1 to 25 working days. */
    private int insertSickness(LocalDate today, Random random) {
        Columns rows = new Columns("workforce_absence", "employment_id bigint", "from_date date", "to_date date",
                "working_days numeric", "reason text", "created_by text");
        jdbc.query("select id, start_date, leaving_date from workforce_employment where employment_type <> 'AGENCY'"
                + " order by id", rs -> {
                    LocalDate start = rs.getObject(2, LocalDate.class);
                    LocalDate leaving = rs.getObject(3, LocalDate.class);
                    for (int y = 0; y < 3; y++) {
                        LocalDate from = today.minusYears(3 - y).plusDays(random.nextInt(330));
                        if (random.nextInt(10) < 6 && !from.isBefore(start) && (leaving == null || from.isBefore(leaving))) {
                            int days = 1 + random.nextInt(25);
                            rows.add(rs.getLong(1), from, from.plusDays(days + days / 5 * 2), java.math.BigDecimal.valueOf(days),
                                    "SICKNESS", "demo data");
                        }
                    }
                });
        return rows.insertInto(jdbc);
    }
}
