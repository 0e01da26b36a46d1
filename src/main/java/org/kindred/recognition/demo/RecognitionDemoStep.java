package org.kindred.recognition.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import lombok.RequiredArgsConstructor;
import org.kindred.access.UserView;
import org.kindred.access.Users;
import org.kindred.shared.demo.Columns;
import org.kindred.shared.demo.DemoStep;
import org.kindred.shared.time.UkTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's recognition (order 960, after the workforce's users): last year's celebration with 1,200
 * nominations (the seed's "over 1,000 nominations in 2023"), and a window open now with a few dozen. Two statements
 * from arrays: a few tens of milliseconds of the first start.
 */
@Component
@RequiredArgsConstructor
class RecognitionDemoStep implements DemoStep {
    private final JdbcTemplate jdbc;
    private final Users users;

    @Override
    public int order() { return 960; }

    @Override
    @Transactional
    public String generate(DemoContext context) {
        if (jdbc.queryForObject("select count(*) from recognition_window", Long.class) > 0) return "Recognition: already there";
        List<UserView> staff = users.list().stream().filter(UserView::enabled).filter(u -> !u.roles().isEmpty()).toList();
        if (staff.size() < 2) return "Recognition: no staff to nominate";
        LocalDate today = context.today();
        int lastYear = today.getYear() - 1;
        long past = window("Celebration " + lastYear, LocalDate.of(lastYear, 9, 1), LocalDate.of(lastYear, 10, 31),
                LocalDate.of(lastYear, 12, 4));
        int nextCelebration = today.plusDays(45).getYear();
        long open = window("Celebration " + nextCelebration,
                today.minusDays(14), today.plusDays(30), today.plusDays(45));
        Random random = new Random(context.seed() * 31 + 960);
        Columns rows = DemoNominations.columns();
        DemoNominations.add(rows, random, staff, past, 1_200, LocalDate.of(lastYear, 9, 1), 61);
        DemoNominations.add(rows, random, staff, open, 48, today.minusDays(14), 15);
        rows.insertInto(jdbc);
        return "Recognition: " + rows.size() + " nominations in 2 windows";
    }

    private long window(String name, LocalDate opens, LocalDate closes, LocalDate celebration) {
        return jdbc.queryForObject("insert into recognition_window (name, opens_on, closes_on, celebration_on, opened_by) "
                + "values (?, ?, ?, ?, 'admin') returning id", Long.class, name, opens, closes, celebration);
    }

    static Instant at(LocalDate day, Random random) {
        return UkTime.instant(day, LocalTime.of(8 + random.nextInt(10), random.nextInt(60)));
    }
}
