package org.kindred.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who may read and record children's case records: practitioners, chairs, analysts and administrators.
 * Fostering officers work with carers, not children's case files.
 */
public final class CaseRoles {
    private CaseRoles() {
    }

    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('FRONT_DOOR_WORKER','SOCIAL_WORKER','TEAM_MANAGER','CONFERENCE_CHAIR',"
            + "'PERFORMANCE_ANALYST','ADMINISTRATOR')")
    public @interface CanReadCases {
    }

    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('FRONT_DOOR_WORKER','SOCIAL_WORKER','TEAM_MANAGER','ADMINISTRATOR')")
    public @interface CanRecordCases {
    }

    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public @interface AdministratorsOnly {
    }

    /** Any signed-in user who holds at least one role: a user with none sees nothing but the sign-in page. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('FRONT_DOOR_WORKER','SOCIAL_WORKER','TEAM_MANAGER','CONFERENCE_CHAIR',"
            + "'FOSTERING_OFFICER','PERFORMANCE_ANALYST','ADMINISTRATOR')")
    public @interface AnyStaffRole {
    }
}
