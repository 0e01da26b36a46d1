package org.kindred.access;

import java.util.List;
import java.util.Optional;

/** Users, their roles and teams: created by administrators (page or `kindred users add`). */
public interface Users {
    UserView create(NewUser user, String createdBy);

    List<UserView> list();

    Optional<UserView> find(String username);

    Optional<UserView> find(long id);

    List<String> teams();

    void createTeam(String name);

    /**
     * Stops the user signing in; their open sessions end at their next request and their tokens are revoked at once.
     * Administrators only.
     */
    void disable(String username);

    void enable(String username);

    /** New roles; the user's sessions end and tokens are revoked (they sign in again to take them up). */
    void changeRoles(String username, java.util.Set<Role> roles);

    /** A new password (checked for strength); the user's sessions end and tokens are revoked. */
    void changePassword(String username, String password);

    /** Lifts every sign-in lock on the account. */
    void unlock(String username);

    /** Revokes every token the user holds. */
    void revokeTokens(String username);
}
