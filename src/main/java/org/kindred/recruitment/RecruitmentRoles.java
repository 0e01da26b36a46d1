package org.kindred.recruitment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Who recruits: managers (the service's leaders are managers in Kindred) and administrators. */
public final class RecruitmentRoles {
    private RecruitmentRoles() {
    }

    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('TEAM_MANAGER','ADMINISTRATOR')")
    public @interface CanRecruitStaff {
    }
}
