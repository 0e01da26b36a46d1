package org.kindred.access.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CaseRoles.AdministratorsOnly;
import org.kindred.access.NewUser;
import org.kindred.access.Role;
import org.kindred.access.UserView;
import org.kindred.access.Users;
import org.kindred.shared.AccountEvent;
import org.kindred.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class JdbcUsers implements Users {
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final NewUserCheck check;
    private final FailedLogins failures;
    private final ApplicationEventPublisher events;

    @Override
    @Transactional
    @AdministratorsOnly
    public void disable(String username) {
        endAccess(username, "enabled = false", "DISABLED");
    }

    @Override
    @Transactional
    @AdministratorsOnly
    public void enable(String username) {
        require(username);
        jdbc.sql("update app_user set enabled = true where username = ?").param(username).update();
        events.publishEvent(new AccountEvent(username, "ENABLED", by(), null));
    }

    @Override
    @Transactional
    @AdministratorsOnly
    public void changeRoles(String username, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw InvalidInput.of("roles", "Choose at least one role");
        }
        long id = require(username);
        jdbc.sql("delete from user_role where user_id = ?").param(id).update();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
        }
        endAccess(username, "enabled = enabled", "ROLES_CHANGED");
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR') or #username == authentication.name")
    public void changePassword(String username, String password) {
        check.password(password);
        jdbc.sql("update app_user set password_hash = ? where username = ?").params(passwords.encode(password), username)
                .update();
        endAccess(username, "enabled = enabled", "PASSWORD_CHANGED");
    }

    @Override
    @Transactional
    @AdministratorsOnly
    public void unlock(String username) {
        require(username);
        failures.unlock(username, by());
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR') or #username == authentication.name")
    public void revokeTokens(String username) {
        long id = require(username);
        int n = jdbc.sql("update api_token set revoked_at = now(), revoked_by = ? where user_id = ? and revoked_at is null"
                + " and expires_at > now()").params(by(), id).update();
        events.publishEvent(new AccountEvent(username, "TOKEN_REVOKED", by(), "all tokens: " + n));
    }

    /** Moves the security stamp on (every session ends at its next request) and revokes every token. */
    private void endAccess(String username, String change, String action) {
        long id = require(username);
        jdbc.sql("update app_user set " + change + ", security_stamp = security_stamp + 1 where id = ?").param(id).update();
        events.publishEvent(new AccountEvent(username, action, by(), "sessions ended"));
        revokeTokens(username);
    }

    private long require(String username) {
        return find(username == null ? "" : username).map(UserView::id)
                .orElseThrow(() -> InvalidInput.of("username", "There is no user called " + username));
    }

    private static String by() {
        return org.kindred.access.CurrentUser.find().map(org.kindred.access.CurrentUser::username).orElse("system");
    }

    @Override
    @Transactional
    public UserView create(NewUser user, String createdBy) {
        check.validate(user, teams(), false);
        return insert(user, createdBy);
    }

    /** A demo user: the one place the published demo password is accepted (the demo county is synthetic). */
    @Transactional
    UserView createDemo(NewUser user) {
        check.validate(user, teams(), true);
        return insert(user, "demo data");
    }

    private UserView insert(NewUser user, String createdBy) {
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
            select u.id, u.username, u.display_name, u.enabled,
                   (select max(f.locked_until) from login_failure f where f.username = u.username
                     and f.locked_until > now()) as locked_until,
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
