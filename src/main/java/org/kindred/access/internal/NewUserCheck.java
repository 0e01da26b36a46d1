package org.kindred.access.internal;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.access.NewUser;
import org.kindred.shared.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What a new user must have before they exist: a free username, a name, a long password, a role. */
@Component
@RequiredArgsConstructor
class NewUserCheck {
    // NCSC guidance favours length over composition rules.
    static final int MIN_PASSWORD = 12;
    private final JdbcClient jdbc;
    private final PasswordStrength strength;

    /** A new password for an existing user: the same rule as for a new one. */
    void password(String password) {
        String weak = strength.problem(password, false);
        if (weak != null) {
            throw org.kindred.shared.InvalidInput.of("password", weak);
        }
    }

    void validate(NewUser user, List<String> knownTeams, boolean demoUser) {
        Problems p = new Problems();
        p.require("username", user.username(), "Enter a username");
        if (!p.has("username") && !user.username().trim().matches("[a-z0-9._@-]{3,100}")) {
            // '@': an authority's identity provider names its staff by email-shaped usernames (ADR 0035)
            p.add("username", "Username must be 3 to 100 lower-case letters, digits, dots, dashes, underscores or @");
        }
        if (!p.has("username") && jdbc.sql("select count(*) from app_user where username = ?")
                .param(user.username().trim()).query(Integer.class).single() > 0) {
            p.add("username", "A user with this username already exists");
        }
        p.require("displayName", user.displayName(), "Enter the user's full name");
        String weak = strength.problem(user.password(), demoUser);
        if (weak != null) {
            p.add("password", weak);
        }
        if (user.roles() == null || user.roles().isEmpty()) {
            p.add("roles", "Choose at least one role");
        }
        user.teams().stream().filter(t -> !knownTeams.contains(t)).findFirst()
                .ifPresent(t -> p.add("teams", "There is no team called " + t));
        p.throwIfAny();
    }
}
