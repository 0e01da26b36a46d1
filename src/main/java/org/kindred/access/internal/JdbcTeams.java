package org.kindred.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.kindred.access.Teams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class JdbcTeams implements Teams {
    private static final String MEMBERS = """
            select u.id, u.username, u.display_name, t.id as team_id, t.name as team,
                   (select string_agg(role, ',') from user_role r where r.user_id = u.id) as roles
            from user_team ut join app_user u on u.id = ut.user_id join team t on t.id = ut.team_id
            where u.enabled""";
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    @Override
    public List<Team> list() {
        return jdbc.sql("select id, name from team order by name").query(JdbcTeams::team).list();
    }

    @Override
    public Optional<Team> find(long id) {
        return jdbc.sql("select id, name from team where id = ?").param(id).query(JdbcTeams::team).optional();
    }

    @Override
    public List<Team> of(long userId) {
        return jdbc.sql("select t.id, t.name from team t join user_team ut on ut.team_id = t.id where ut.user_id = ?"
                + " order by t.name").param(userId).query(JdbcTeams::team).list();
    }

    @Override
    public List<Member> members(Collection<Long> teamIds) {
        return jdbc.sql(MEMBERS + " and t.id = any(?) order by t.name, u.display_name, u.id")
                .param(teamIds.toArray(new Long[0])).query(JdbcTeams::member).list();
    }

    @Override
    public List<Member> allWorkers() {
        return jdbc.sql(MEMBERS + " and exists (select 1 from user_role r where r.user_id = u.id"
                        + " and r.role in ('SOCIAL_WORKER', 'FRONT_DOOR_WORKER')) order by u.display_name, u.id, t.name")
                .query(JdbcTeams::member).list();
    }

    @Override
    @Transactional
    public void join(String username, String team) {
        jdbc.sql("insert into team (name) values (?) on conflict (name) do nothing").param(team).update();
        jdbc.sql("""
                insert into user_team (user_id, team_id)
                select u.id, t.id from app_user u, team t where u.username = ? and t.name = ?
                on conflict do nothing""").params(username, team).update();
    }

    @Override
    @Transactional
    public int createStaff(List<NewStaff> staff, String password, String createdBy) {
        return StaffBatch.insert(jdbc, staff, passwords.encode(password), createdBy);
    }

    @Override
    @org.springframework.transaction.annotation.Transactional
    public java.util.Map<String, Long> createFormerStaff(List<NewStaff> staff, String createdBy) {
        StaffBatch.insert(jdbc, staff, passwords.encode(java.util.UUID.randomUUID().toString()),
                createdBy);
        String[] usernames = staff.stream().map(NewStaff::username).toArray(String[]::new);
        jdbc.sql("update app_user set enabled = false where username = any(?)").param(usernames).update();
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.sql("select username, id from app_user where username = any(?)").param(usernames)
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        return ids;
    }

    private static Team team(ResultSet rs, int n) throws SQLException {
        return new Team(rs.getLong("id"), rs.getString("name"));
    }

    private static Member member(ResultSet rs, int n) throws SQLException {
        return new Member(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                JdbcUsers.roles(rs.getString("roles")), rs.getLong("team_id"), rs.getString("team"));
    }
}
