package org.kindred.care;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who records a looked-after child's care: social workers, their team managers and administrators. The
 * independent reviewing officer (CONFERENCE_CHAIR) also records looked-after reviews, which they chair.
 */
public final class CareRoles {
    private CareRoles() {
    }

    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER','TEAM_MANAGER','ADMINISTRATOR')")
    public @interface CanRecordCare {
    }

    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER','TEAM_MANAGER','ADMINISTRATOR','CONFERENCE_CHAIR')")
    public @interface CanRecordReviews {
    }

    /** The team manager's view of all children in care: managers, administrators and independent reviewing officers. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('TEAM_MANAGER','ADMINISTRATOR','CONFERENCE_CHAIR')")
    public @interface CanOverseeCare {
    }
}
