package org.kindred.fostering;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Who works on fostering: recruitment by fostering officers; placement finding also by social workers. */
public final class FosteringRoles {
    private FosteringRoles() {
    }

    /** Campaigns, enquiries, assessment and carer households. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('FOSTERING_OFFICER','TEAM_MANAGER','ADMINISTRATOR')")
    public @interface CanRecruitCarers {
    }

    /** Placement requests for looked-after children and the ranked households. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER','FOSTERING_OFFICER','TEAM_MANAGER','ADMINISTRATOR')")
    public @interface CanFindPlacements {
    }

    /** The funnel and sufficiency measures: also performance analysts. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('FOSTERING_OFFICER','TEAM_MANAGER','PERFORMANCE_ANALYST','ADMINISTRATOR')")
    public @interface CanSeeFosteringMeasures {
    }
}
