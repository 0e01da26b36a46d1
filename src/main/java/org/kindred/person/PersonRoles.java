package org.kindred.person;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Who may change the register's shape; for {@code @PreAuthorize} on pages, API and services. */
public final class PersonRoles {
    private PersonRoles() {
    }

    /**
     * Merging, unmerging and clearing the duplicate queue: team managers and administrators. A merge changes what every
     * worker sees of two children, so it sits with the people who already restrict records and authorise decisions.
     */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @PreAuthorize("hasAnyRole('TEAM_MANAGER','ADMINISTRATOR')")
    public @interface CanMerge {
    }
}
