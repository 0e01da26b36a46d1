package org.kindred.access.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks a login for a while after repeated wrong passwords, so that guessing is slow
 * (NCSC password guidance: throttle rather than force frequent resets).
 */
@Component
class FailedLogins {
    static final int ATTEMPTS = 5;
    static final int LOCK_MINUTES = 15;
    private final JdbcClient jdbc;

    FailedLogins(JdbcClient jdbc) { this.jdbc = jdbc; }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        jdbc.sql("""
                update app_user set
                  failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end,
                  locked_until = case when failed_attempts + 1 >= :max
                                      then now() + make_interval(mins => :mins) else locked_until end
                where username = :u""")
                .param("max", ATTEMPTS).param("mins", LOCK_MINUTES).param("u", event.getAuthentication().getName())
                .update();
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        jdbc.sql("update app_user set failed_attempts = 0 where username = ? and failed_attempts > 0")
                .param(event.getAuthentication().getName()).update();
    }
}
