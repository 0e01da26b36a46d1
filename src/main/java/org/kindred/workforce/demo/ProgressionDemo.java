package org.kindred.workforce.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import lombok.RequiredArgsConstructor;
import org.kindred.shared.demo.Columns;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's progression and supervision: ASYEs for today's ASYE workers and for half of last year's newly
 * qualified starters (their year ended within the last twelve months), with the reviews due so far (a few recent ones
 * not yet recorded); a year of supervision for every case holder, about monthly (an ASYE weekly for 6 weeks, then
 * fortnightly to 6 months), by the team's manager, with about one in twelve overdue (the demo manager's team always
 * has one); and Friday as every team's protected admin day. Set-based inserts.
 */
@RequiredArgsConstructor
final class ProgressionDemo {
    private static final String[] NOTES = {"Caseload reviewed; visits up to date.",
        "Reflective discussion of a complex family; plan agreed with the family's network.",
        "Workload and wellbeing checked; training on contextual safeguarding booked.",
        "Case direction recorded for two children; court work planned.",
        "ASYE portfolio and critical reflection discussed.", "Two assessments to finish this week; support offered."};

    record Holder(long employmentId, long userId, String name, String team, String role, LocalDate start,
                  boolean leaving) {
    }

    private final JdbcTemplate jdbc;
    private final LocalDate today;
    private final Random random;

    /** @param managers each team's manager: user id and name */
    String generate(Map<String, Manager> managers, String demoManagersTeam) {
        List<Holder> holders = jdbc.query("""
                select id, user_id, display_name, team, staff_role, start_date, leaving_date is not null
                from workforce_employment
                where (leaving_date is null or leaving_date > ?)
                    and staff_role in ('ASYE', 'SOCIAL_WORKER', 'SENIOR_PRACTITIONER', 'ADVANCED_PRACTITIONER')
                order by id""", (rs, i) -> new Holder(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getObject(6, LocalDate.class), rs.getBoolean(7)), today);
        Map<Long, LocalDate> asyes = asyes(holders);
        int reviews = reviews();
        int sessions = supervision(holders, asyes, managers, demoManagersTeam);
        Columns days = new Columns("workforce_admin_day", "team text", "day_of_week smallint", "changed_by text");
        managers.keySet().stream().sorted().forEach(t -> days.add(t, (short) DayOfWeek.FRIDAY.getValue(), "demo data"));
        days.insertInto(jdbc);
        return asyes.size() + " ASYEs (" + reviews + " reviews), " + sessions + " supervision sessions";
    }

    record Manager(long userId, String name) {
    }

    private Map<Long, LocalDate> asyes(List<Holder> holders) {
        Map<Long, LocalDate> out = new HashMap<>();
        Columns rows = new Columns("workforce_asye", "employment_id bigint", "start_date date", "created_by text");
        for (Holder h : holders) {
            boolean now = h.role().equals("ASYE");
            boolean ended = h.role().equals("SOCIAL_WORKER") && !h.start().isAfter(today.minusYears(1))
                    && h.start().isAfter(today.minusYears(2)) && random.nextBoolean();
            if (now || ended) {
                rows.add(h.employmentId(), h.start(), "demo data");
                out.put(h.employmentId(), h.start());
            }
        }
        rows.insertInto(jdbc);
        return out;
    }

    /** Each review due a week or more ago is recorded near its date, except about one in eight of the last two months'. */
    private int reviews() {
        Columns rows = new Columns("workforce_asye_review", "asye_id bigint", "review text", "held_on date",
                "outcome text", "notes text", "recorded_by text");
        jdbc.query("select id, start_date from workforce_asye order by id", rs -> {
            LocalDate start = rs.getObject(2, LocalDate.class);
            for (String[] k : new String[][] {{"THREE_MONTH", "3"}, {"SIX_MONTH", "6"}, {"FINAL", "12"}}) {
                LocalDate due = start.plusMonths(Integer.parseInt(k[1]));
                if (due.isAfter(today.minusDays(7))) break;
                if (due.isAfter(today.minusMonths(2)) && random.nextInt(8) == 0) break;
                LocalDate held = due.plusDays(random.nextInt(10) - 5);
                boolean fin = k[0].equals("FINAL");
                String outcome = fin ? (random.nextInt(20) == 0 ? "NOT_PASSED" : "PASSED")
                        : (random.nextInt(7) == 0 ? "CONCERNS" : "ON_TRACK");
                rows.add(rs.getLong(1), k[0], held.isAfter(today) ? today : held, outcome,
                        outcome.equals("CONCERNS") ? "Support plan: fewer court cases and a weekly case discussion."
                                : "Evidence against the PCF and KSS is on track.", "demo data");
            }
        });
        return rows.insertInto(jdbc);
    }

    private int supervision(List<Holder> holders, Map<Long, LocalDate> asyes, Map<String, Manager> managers,
                            String demoManagersTeam) {
        Columns rows = new Columns("workforce_supervision", "supervisee_user_id bigint", "supervisee_name text",
                "supervisor_user_id bigint", "supervisor_name text", "held_on date", "notes text",
                "recorded_by text");
        boolean demoTeamOverdue = false;
        List<Holder> ordered = new ArrayList<>(holders);
        for (Holder h : ordered) {
            Manager m = managers.get(h.team());
            if (m == null || m.userId() == h.userId()) continue;
            // The demo manager's team shows one overdue on My work: someone staying, not the team's leaver.
            boolean overdue = random.nextInt(12) == 0 || (!demoTeamOverdue && !h.leaving() && h.team().equals(demoManagersTeam));
            demoTeamOverdue |= overdue && h.team().equals(demoManagersTeam);
            // An overdue worker's sessions stopped 5 to 10 weeks ago.
            LocalDate stop = overdue ? today.minusDays(35 + random.nextInt(36)) : today;
            LocalDate asye = asyes.get(h.employmentId());
            LocalDate d = (h.start().isAfter(today.minusYears(1)) ? h.start() : today.minusYears(1))
                    .plusDays(random.nextInt(7));
            while (!d.isAfter(stop)) {
                rows.add(h.userId(), h.name(), m.userId(), m.name(), d, NOTES[random.nextInt(NOTES.length)],
                        "demo data");
                int every = asye != null && d.isBefore(asye.plusWeeks(6)) ? 7
                        : asye != null && d.isBefore(asye.plusMonths(6)) ? 14 : 26 + random.nextInt(5);
                d = d.plusDays(every);
            }
        }
        return rows.insertInto(jdbc);
    }
}
