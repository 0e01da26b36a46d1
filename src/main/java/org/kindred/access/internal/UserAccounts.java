package org.kindred.access.internal;

import java.sql.Timestamp;
import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads users for sign-in and for bearer tokens. */
@Component
class UserAccounts implements UserDetailsService {
    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return byWhere("u.username = ?", username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    Optional<KindredUserDetails> byTokenHash(String hash) {
        return byWhere("u.id = (select user_id from api_token where token_hash = ? and expires_at > now())", hash);
    }

    private Optional<KindredUserDetails> byWhere(String where, Object param) {
        return jdbc.sql("""
                select u.id, u.username, u.display_name, u.password_hash, u.enabled, u.locked_until,
                       (select string_agg(role, ',') from user_role r where r.user_id = u.id) as roles
                from app_user u where """ + " " + where)
                .param(param)
                .query((rs, n) -> {
                    Timestamp locked = rs.getTimestamp("locked_until");
                    CurrentUser user = new CurrentUser(rs.getLong("id"), rs.getString("username"),
                            rs.getString("display_name"), JdbcUsers.roles(rs.getString("roles")));
                    return new KindredUserDetails(user, rs.getString("password_hash"), rs.getBoolean("enabled"),
                            locked == null ? null : locked.toInstant());
                }).optional();
    }
}
