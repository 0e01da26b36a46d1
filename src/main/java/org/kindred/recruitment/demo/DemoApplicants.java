package org.kindred.recruitment.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import lombok.RequiredArgsConstructor;
import org.kindred.shared.WorkingDays;
import org.kindred.shared.demo.Columns;
import org.springframework.jdbc.core.JdbcTemplate;

/** Applicants spread over a campaign's days, each taken as far as the days since their application allow. */
@RequiredArgsConstructor
final class DemoApplicants {
    private static final String[] GIVEN = {"Abi", "Bilal", "Cara", "Dominic", "Esther", "Farah", "George", "Hana",
        "Isaac", "Jasmine", "Kofi", "Lily", "Marcus", "Nadia", "Owen", "Poppy", "Reza", "Sophie", "Theo", "Uma"};
    private static final String[] FAMILY = {"Adams", "Bell", "Chowdhury", "Dunn", "Ellis", "Foster", "Gill", "Hart",
        "Ibrahim", "Kerr", "Lowe", "Mills", "Nash", "Osei", "Price", "Reid", "Shah", "Turner", "Webb", "Yates"};
    private static final String[] WITHDRAWN = {"Took a post nearer home", "Accepted a counter-offer", "Personal reasons"};
    private final JdbcTemplate jdbc;
    private final Random random;
    private final LocalDate today;

    /** Adds {@code count} applicants over the {@code days} before today (or before the campaign's end); returns how many. */
    int add(long campaign, List<Long> vacancies, int count, int days) {
        Columns rows = new Columns("recruitment_applicant", "campaign_id bigint", "vacancy_id bigint", "name text",
                "stage text", "applied_on date", "contact_due date", "contacted_on date", "shortlisted_on date",
                "interviewed_on date", "offered_on date", "started_on date", "withdrawn_on date", "withdrawn_reason text");
        WorkingDays calendar = WorkingDays.england();
        for (int i = 0; i < count; i++) {
            LocalDate applied = today.minusDays(Math.max(1, days - random.nextInt(Math.min(days, 60))));
            LocalDate[] steps = new LocalDate[5];
            LocalDate at = applied;
            int reached = 0;
            for (int s = 0; s < 5; s++) {
                at = at.plusDays(s == 0 ? 1 + random.nextInt(6) : 7 + random.nextInt(21));
                if (at.isAfter(today) || (s > 0 && random.nextInt(5) == 0)) break;
                steps[s] = at;
                reached = s + 1;
            }
            boolean withdrawn = reached > 0 && reached < 5 && random.nextInt(6) == 0;
            String stage = withdrawn ? "WITHDRAWN" : List.of("APPLIED", "CONTACTED", "SHORTLISTED", "INTERVIEWED", "OFFERED", "STARTED").get(reached);
            rows.add(campaign, vacancies.get(random.nextInt(vacancies.size())),
                    GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)], stage, applied,
                    calendar.plusWorkingDays(applied, 5), steps[0], steps[1], steps[2], steps[3], steps[4],
                    withdrawn ? steps[reached - 1] : null, withdrawn ? WITHDRAWN[random.nextInt(WITHDRAWN.length)] : null);
        }
        rows.insertInto(jdbc);
        jdbc.update("insert into recruitment_retention_payment (applicant_id, amount, paid_on, clawback_months, clawback_until, "
                + "note, recorded_by) select id, 2000, started_on, 24, started_on + interval '24 months', 'Golden hello', "
                + "'demo data' from recruitment_applicant where campaign_id = ? and started_on is not null", campaign);
        return rows.size();
    }
}
