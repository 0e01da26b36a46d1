package org.kindred.protection;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Who may record a conference's decision or end a plan: chairs, team managers and administrators. */
public final class ProtectionRoles {
    private ProtectionRoles() {
    }

    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('CONFERENCE_CHAIR','TEAM_MANAGER','ADMINISTRATOR')")
    public @interface CanChair {
    }
}
