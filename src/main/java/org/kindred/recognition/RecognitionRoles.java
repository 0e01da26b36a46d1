package org.kindred.recognition;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who takes part: every colleague nominates and reads what they sent (and, after the celebration, what they received);
 * administrators and managers (the service's managers are team managers in Kindred) open windows, read the counts and
 * make the certificates.
 */
public final class RecognitionRoles {
    private RecognitionRoles() {
    }

    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('FRONT_DOOR_WORKER','SOCIAL_WORKER','TEAM_MANAGER','CONFERENCE_CHAIR',"
            + "'FOSTERING_OFFICER','PERFORMANCE_ANALYST','ADMINISTRATOR')")
    public @interface CanNominate {
    }

    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('TEAM_MANAGER','ADMINISTRATOR')")
    public @interface CanRunCelebrations {
    }
}
