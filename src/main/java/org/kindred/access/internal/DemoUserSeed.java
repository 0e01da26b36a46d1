package org.kindred.access.internal;

import java.util.List;
import java.util.Set;
import org.kindred.access.DemoUsers;
import org.kindred.access.NewUser;
import org.kindred.access.Role;
import org.springframework.stereotype.Component;

@Component
class DemoUserSeed implements DemoUsers {
    private record Demo(String username, String name, Role role, String team) {
    }

    private static final List<Demo> USERS = List.of(
            new Demo("admin", "Alex Admin", Role.ADMINISTRATOR, null),
            new Demo("frontdoor", "Fran Door", Role.FRONT_DOOR_WORKER, "Front door (MASH)"),
            new Demo("worker", "Sam Worker", Role.SOCIAL_WORKER, "Assessment team North"),
            new Demo("manager", "Morgan Manager", Role.TEAM_MANAGER, "Assessment team North"),
            new Demo("chair", "Charlie Chair", Role.CONFERENCE_CHAIR, "Safeguarding and quality"),
            new Demo("fostering", "Frankie Foster", Role.FOSTERING_OFFICER, "Fostering recruitment"),
            new Demo("analyst", "Ari Analyst", Role.PERFORMANCE_ANALYST, "Performance and data"));

    private final JdbcUsers users;

    DemoUserSeed(JdbcUsers users) { this.users = users; }

    @Override
    public int ensure() {
        int created = 0;
        for (Demo d : USERS) {
            if (d.team() != null) {
                users.createTeam(d.team());
            }
            if (users.find(d.username()).isEmpty()) {
                users.createDemo(new NewUser(d.username(), d.name(), PASSWORD, Set.of(d.role()),
                        d.team() == null ? Set.of() : Set.of(d.team())));
                created++;
            }
        }
        return created;
    }
}
