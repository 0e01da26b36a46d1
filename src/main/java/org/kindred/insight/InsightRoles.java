package org.kindred.insight;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Who reads the insight pages; for {@code @PreAuthorize} on pages. */
public final class InsightRoles {
    private InsightRoles() {
    }

    /** The authority's figures: the performance team and administrators. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('PERFORMANCE_ANALYST','ADMINISTRATOR')")
    public @interface CanReadAuthority {
    }

    /** A team's or a service's figures: managers (their own teams), the performance team, administrators. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('TEAM_MANAGER','PERFORMANCE_ANALYST','ADMINISTRATOR')")
    public @interface CanReadTeams {
    }
}
