package org.kindred.recognition.internal;

import org.kindred.access.UserView;

/** The team a nomination counts for: the nominee's first team by name, or "No team". */
final class TeamOf {
    static final String NONE = "No team";

    private TeamOf() {
    }

    static String user(UserView user) {
        return user.teams().stream().sorted().findFirst().orElse(NONE);
    }
}
