package org.kindred.access;

import java.time.Instant;
import java.util.Set;

/** A user as administrators see them: never the password hash. */
public record UserView(long id, String username, String displayName, Set<Role> roles, Set<String> teams,
                       boolean enabled, Instant lockedUntil) {
}
