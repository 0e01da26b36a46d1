package org.kindred.access.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kindred.access.NewUser;
import org.kindred.access.Role;
import org.kindred.access.UserView;
import org.kindred.access.Users;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcUsers implements Users {
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final NewUserCheck check;

    JdbcUsers(JdbcClient jdbc, PasswordEncoder passwords, NewUserCheck check) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.check = check;
    }

    @Override
    @Transactional
    public UserView create(NewUser user, String createdBy) {
        check.validate(user, teams());
        long id = jdbc.sql("""
                insert into app_user (username, display_name, password_hash, created_by)
                values (:u, :n, :h, :by) returning id""")
                .param("u", user.username().trim()).param("n", user.displayName().trim())
                .param("h", passwords.encode(user.password())).param("by", createdBy)
                .query(Long.class).single();
        for (Role role : user.roles()) {
            jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
        }
        for (String team : user.teams()) {
            jdbc.sql("insert into user_team (user_id, team_id) select ?, id from team where name = ?").params(id, team).update();
        }
        return find(user.username().trim()).orElseThrow();
    }

    @Override
    public List<UserView> list() {
        return jdbc.sql(SELECT + " order by u.display_name").query(this::map).list();
    }

    @Override
    public Optional<UserView> find(String username) {
        return jdbc.sql(SELECT + " where u.username = ?").param(username).query(this::map).optional();
    }

    @Override
    public Optional<UserView> find(long id) {
        return jdbc.sql(SELECT + " where u.id = ?").param(id).query(this::map).optional();
    }

    @Override
    public List<String> teams() {
        return jdbc.sql("select name from team order by name").query(String.class).list();
    }

    @Override
    public void createTeam(String name) {
        jdbc.sql("insert into team (name) values (?) on conflict (name) do nothing").param(name).update();
    }

    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.enabled, u.locked_until,
                   (select string_agg(role, ',') from user_role r where r.user_id = u.id) as roles,
                   (select string_agg(t.name, ',') from user_team ut join team t on t.id = ut.team_id
                     where ut.user_id = u.id) as teams
            from app_user u""";

    private UserView map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new UserView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                roles(rs.getString("roles")), split(rs.getString("teams")), rs.getBoolean("enabled"),
                locked == null ? null : locked.toInstant());
    }

    static Set<Role> roles(String csv) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        split(csv).forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    private static Set<String> split(String csv) {
        return csv == null ? Set.of() : new LinkedHashSet<>(new ArrayList<>(Arrays.asList(csv.split(","))));
    }
}
