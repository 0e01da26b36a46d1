package org.kindred.fostering.demo;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.kindred.access.CurrentUser;
import org.kindred.access.KindredPrincipal;
import org.kindred.access.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs the demo generator as a named system identity, so the audit trail names the job. Never on a request path. */
final class SystemIdentity {
    private SystemIdentity() {
    }

    static <T> T as(String name, Supplier<T> job) {
        SecurityContext previous = SecurityContextHolder.getContext();
        CurrentUser user = new CurrentUser(0, name, name, Set.of(Role.ADMINISTRATOR));
        KindredPrincipal principal = () -> user;
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"))));
        SecurityContextHolder.setContext(context);
        try {
            return job.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
