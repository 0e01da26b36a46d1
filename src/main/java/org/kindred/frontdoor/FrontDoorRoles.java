package org.kindred.frontdoor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Who may decide on a contact, and who may authorise a decision; for {@code @PreAuthorize} on pages, API and services. */
public final class FrontDoorRoles {
    private FrontDoorRoles() {
    }

    /** The front-door (MASH) workers and their team managers, and administrators. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('FRONT_DOOR_WORKER','TEAM_MANAGER','ADMINISTRATOR')")
    public @interface CanDecide {
    }

    /** Who may authorise a front-door decision where policy needs it ({@link org.kindred.frontdoor.DecisionNeedsAuthorisation}). */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('TEAM_MANAGER','ADMINISTRATOR')")
    public @interface CanAuthorise {
    }
}
