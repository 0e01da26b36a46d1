package org.kindred.workforce.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.WorkingDays;
import org.kindred.workforce.AdminDays;
import org.kindred.workforce.Staff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Teams' admin days in SQL. */
@Service
@RequiredArgsConstructor
class JdbcAdminDays implements AdminDays {
    private static final WorkingDays DAYS = WorkingDays.england();
    private final JdbcClient jdbc;
    private final Staff staff;

    @Override
    public Optional<DayOfWeek> ofTeam(String team) {
        return jdbc.sql("select day_of_week from workforce_admin_day where team = ?").param(team)
                .query(Integer.class).optional().map(DayOfWeek::of);
    }

    @Override
    public Optional<DayOfWeek> ofUser(long userId) {
        return jdbc.sql("""
                select d.day_of_week from workforce_employment e join workforce_admin_day d on d.team = e.team
                where e.user_id = ? and e.leaving_date is null""").param(userId).query(Integer.class).optional()
                .map(DayOfWeek::of);
    }

    @Override
    public void set(String team, DayOfWeek day) {
        if (team == null || !staff.teams().contains(team)) throw InvalidInput.of("team", "Select the team");
        if (day == null) {
            jdbc.sql("delete from workforce_admin_day where team = ?").param(team).update();
            return;
        }
        if (day.getValue() > 5) throw InvalidInput.of("adminDay", "Select a weekday, Monday to Friday");
        jdbc.sql("""
                insert into workforce_admin_day (team, day_of_week, changed_by) values (?, ?, ?)
                on conflict (team) do update set day_of_week = excluded.day_of_week, changed_at = now(),
                    changed_by = excluded.changed_by""").params(team, day.getValue(), JdbcAsyes.by()).update();
    }

    @Override
    public LocalDate suggestedVisit(LocalDate due, DayOfWeek adminDay) {
        return SuggestedVisitDate.before(due, adminDay, DAYS);
    }
}
