package org.kindred.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.kindred.shared.AccountEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows password guessing without handing anyone a way to lock another's account: wrong passwords are counted per
 * account and source address, five lock that pair for 15 minutes, doubling with each lock-out up to a day (NCSC
 * password guidance: throttle, with back-off). The right password from another address still signs in, and
 * tokens are never touched. Every sign-in, failure and lock-out is audited.
 */
@Component
@RequiredArgsConstructor
class FailedLogins {
    static final int ATTEMPTS = 5;
    static final int LOCK_MINUTES = 15;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    /** When sign-in for this account from this address is locked until, or null. */
    Instant lockedUntil(String username, String address) {
        return jdbc.sql("select locked_until from login_failure where username = ? and address = ? and locked_until > now()")
                .params(username, address).query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant)
                .orElse(null);
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        String address = address(event.getAuthentication().getDetails());
        Boolean locked = jdbc.sql("""
                insert into login_failure (username, address, failures) values (:u, :a, 1)
                on conflict (username, address) do update set
                  failures = case when login_failure.failures + 1 >= :max then 0 else login_failure.failures + 1 end,
                  lockouts = login_failure.lockouts + case when login_failure.failures + 1 >= :max then 1 else 0 end,
                  locked_until = case when login_failure.failures + 1 >= :max
                      then now() + make_interval(mins => least(:mins * power(2, login_failure.lockouts)::int, 1440))
                      else login_failure.locked_until end,
                  last_failure_at = now()
                returning locked_until is not null and locked_until > now() and failures = 0""")
                .param("u", username).param("a", address).param("max", ATTEMPTS).param("mins", LOCK_MINUTES)
                .query(Boolean.class).single();
        events.publishEvent(new AccountEvent(username, "SIGN_IN_FAILED", "system", "wrong password"));
        if (Boolean.TRUE.equals(locked)) {
            events.publishEvent(new AccountEvent(username, "LOCKED_OUT", "system", "from " + address));
        }
    }

    @EventListener
    void onLocked(AbstractAuthenticationFailureEvent event) {
        if (!(event instanceof AuthenticationFailureBadCredentialsEvent)) {
            events.publishEvent(new AccountEvent(event.getAuthentication().getName(), "SIGN_IN_FAILED", "system",
                    event.getException().getClass().getSimpleName()));
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        jdbc.sql("update login_failure set failures = 0 where username = ? and address = ? and failures > 0")
                .params(username, address(event.getAuthentication().getDetails())).update();
        Object principal = event.getAuthentication().getPrincipal();
        events.publishEvent(new AccountEvent(username, "SIGN_IN", username,
                principal instanceof KindredOidcUser oidc ? "identity provider " + oidc.idToken().getIssuer()
                        : event.getAuthentication().getDetails() instanceof WebAuthenticationDetails ? "password" : "HTTP Basic"));
    }

    /** An administrator lifts every lock on the account. */
    void unlock(String username, String by) {
        jdbc.sql("update login_failure set failures = 0, locked_until = null where username = ?").param(username).update();
        events.publishEvent(new AccountEvent(username, "UNLOCKED", by, null));
    }

    static String address(Object details) {
        if (details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            return web.getRemoteAddress();
        }
        return currentAddress();
    }

    static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return "local";
    }
}
