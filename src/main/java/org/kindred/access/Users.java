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
}
