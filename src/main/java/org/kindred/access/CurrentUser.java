package org.kindred.access;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of this request, as the modules need to know them. */
// Serializable: it is part of the signed-in session, which is kept in PostgreSQL (ADR 0022)
public record CurrentUser(long id, String username, String displayName, Set<Role> roles) implements java.io.Serializable {

    public boolean has(Role role) { return roles.contains(role); }

    public boolean administrator() { return has(Role.ADMINISTRATOR); }

    /** The roles of {@link CaseRoles.CanRecordCases}: whether to offer a page's "record" links and forms. */
    public boolean mayRecordCases() {
        return has(Role.FRONT_DOOR_WORKER) || has(Role.SOCIAL_WORKER) || has(Role.TEAM_MANAGER) || administrator();
    }

    /** The user of the current request; fails loudly when there is none, because every path requires one. */
    public static CurrentUser get() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    public static java.util.Optional<CurrentUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof KindredPrincipal p) {
            return java.util.Optional.of(p.user());
        }
        return java.util.Optional.empty();
    }
}
