package org.kindred.access.internal;

import java.util.List;
import org.kindred.access.Teams.NewStaff;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts many users, their roles and teams in three set-based statements; existing usernames are skipped. */
final class StaffBatch {
    private StaffBatch() {
    }

    static int insert(JdbcClient jdbc, List<NewStaff> staff, String hash, String createdBy) {
        String[] usernames = staff.stream().map(NewStaff::username).toArray(String[]::new);
        String[] names = staff.stream().map(NewStaff::displayName).toArray(String[]::new);
        String[] roles = staff.stream().map(s -> s.role().name()).toArray(String[]::new);
        String[] teams = staff.stream().map(NewStaff::team).toArray(String[]::new);
        jdbc.sql("insert into team (name) select distinct t from unnest(?::text[]) t where t is not null"
                + " on conflict (name) do nothing").param(teams).update();
        int created = jdbc.sql("""
                insert into app_user (username, display_name, password_hash, created_by)
                select u, n, ?, ? from unnest(?::text[], ?::text[]) as s(u, n)
                on conflict (username) do nothing""").params(hash, createdBy, usernames, names).update();
        jdbc.sql("""
                insert into user_role (user_id, role)
                select a.id, s.r from unnest(?::text[], ?::text[]) as s(u, r) join app_user a on a.username = s.u
                on conflict do nothing""").params(usernames, roles).update();
        jdbc.sql("""
                insert into user_team (user_id, team_id)
                select a.id, t.id from unnest(?::text[], ?::text[]) as s(u, tn)
                join app_user a on a.username = s.u join team t on t.name = s.tn
                on conflict do nothing""").params(usernames, teams).update();
        return created;
    }
}
