package org.kindred.access.internal;

import java.time.Instant;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads users for sign-in and for bearer tokens. */
@Component
@RequiredArgsConstructor
class UserAccounts implements UserDetailsService {
    private final JdbcClient jdbc;
    private final FailedLogins failures;

    /** For a password sign-in: locked when this address has guessed wrong too often for this account. */
    @Override
    public UserDetails loadUserByUsername(String username) {
        KindredUserDetails user = byWhere("u.username = ?", username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        Instant locked = failures.lockedUntil(username, FailedLogins.currentAddress());
        return locked == null ? user : new KindredUserDetails(user.user(), user.passwordHash(), user.enabled(), locked,
                user.stamp());
    }

    /** The account an identity provider's user signs in as (ADR 0035); the password hash is not needed. */
    Optional<KindredUserDetails> byUsername(String username) {
        return byWhere("u.username = ?", username)
                .map(u -> new KindredUserDetails(u.user(), null, u.enabled(), null, u.stamp()));
    }

    /** A token's user; tokens are never locked by wrong passwords, only revoked or expired. */
    Optional<KindredUserDetails> byTokenHash(String hash) {
        return byWhere("u.id = (select user_id from api_token where token_hash = ? and expires_at > now()"
                + " and revoked_at is null)", hash);
    }

    /** Whether a session signed in with this stamp may go on: the user is enabled and nothing has moved it on. */
    boolean sessionStillValid(long userId, long stamp) {
        return jdbc.sql("select count(*) from app_user where id = ? and enabled and security_stamp = ?")
                .params(userId, stamp).query(Long.class).single() > 0;
    }

    private Optional<KindredUserDetails> byWhere(String where, Object param) {
        return jdbc.sql("""
                select u.id, u.username, u.display_name, u.password_hash, u.enabled, u.security_stamp,
                       (select string_agg(role, ',') from user_role r where r.user_id = u.id) as roles
                from app_user u where """ + " " + where)
                .param(param)
                .query((rs, n) -> {
                    CurrentUser user = new CurrentUser(rs.getLong("id"), rs.getString("username"),
                            rs.getString("display_name"), JdbcUsers.roles(rs.getString("roles")));
                    return new KindredUserDetails(user, rs.getString("password_hash"), rs.getBoolean("enabled"), null,
                            rs.getLong("security_stamp"));
                }).optional();
    }
}
