package org.kindred.frontdoor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Who may decide on a contact: the front-door (MASH) workers and their team managers, and administrators. */
public final class FrontDoorRoles {
    private FrontDoorRoles() {
    }

    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('FRONT_DOOR_WORKER','TEAM_MANAGER','ADMINISTRATOR')")
    public @interface CanDecide {
    }
}
