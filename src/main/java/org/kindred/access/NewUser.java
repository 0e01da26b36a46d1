package org.kindred.access;

import java.util.Set;

/** An administrator's request to create a user. */
public record NewUser(String username, String displayName, String password, Set<Role> roles, Set<String> teams) {
}
