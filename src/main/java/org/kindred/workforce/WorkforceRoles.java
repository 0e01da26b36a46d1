package org.kindred.workforce;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Who keeps and reads the workforce's records. There is no HR role: managers and administrators keep them. */
public final class WorkforceRoles {
    private WorkforceRoles() {
    }

    /** Recording and changing staff, leavers and posts; the continuity forecast for their children. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('TEAM_MANAGER','ADMINISTRATOR')")
    public @interface CanManageStaff {
    }

    /** The workforce measures: also the performance team. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('TEAM_MANAGER','PERFORMANCE_ANALYST','ADMINISTRATOR')")
    public @interface CanReadWorkforceMeasures {
    }
}
