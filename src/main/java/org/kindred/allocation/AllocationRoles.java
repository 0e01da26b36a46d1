package org.kindred.allocation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Who may allocate children and see teams' caseloads: team managers and administrators. */
public final class AllocationRoles {
    private AllocationRoles() {
    }

    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('TEAM_MANAGER','ADMINISTRATOR')")
    public @interface CanAllocate {
    }
}
