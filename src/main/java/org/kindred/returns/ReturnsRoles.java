package org.kindred.returns;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Who may run the statutory returns over Kindred's data; for {@code @PreAuthorize} on pages and services. */
public final class ReturnsRoles {
    private ReturnsRoles() {
    }

    /** The performance team, who make the returns, and administrators. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('PERFORMANCE_ANALYST','ADMINISTRATOR')")
    public @interface CanRunReturns {
    }
}
