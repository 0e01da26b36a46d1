package org.kindred.access;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a batch job (demo data, the SSDA903 return) under a named system identity that sees every
 * record: the return must count restricted children too, and the audit trail names the job as the reader.
 * Never used on a request path.
 */
public final class SystemIdentity {
    private SystemIdentity() {
    }

    public static <T> T as(String name, Supplier<T> job) {
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
