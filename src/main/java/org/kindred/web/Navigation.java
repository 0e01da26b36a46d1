package org.kindred.web;

import static org.kindred.access.Role.ADMINISTRATOR;
import static org.kindred.access.Role.CONFERENCE_CHAIR;
import static org.kindred.access.Role.FOSTERING_OFFICER;
import static org.kindred.access.Role.FRONT_DOOR_WORKER;
import static org.kindred.access.Role.PERFORMANCE_ANALYST;
import static org.kindred.access.Role.SOCIAL_WORKER;
import static org.kindred.access.Role.TEAM_MANAGER;

import java.util.EnumSet;
import java.util.Set;
import org.kindred.access.CurrentUser;
import org.kindred.access.Role;
import org.springframework.stereotype.Component;

/**
 * Which links the signed-in user is offered, worked out once per page from their roles (the same sets as the
 * controllers' role annotations, which still guard every request). Pages ask {@code ${@navigation.current()}}
 * rather than evaluating a security expression per link: Thymeleaf's sec:authorize parses its expression each time,
 * a sixth of a page's rendering.
 */
@Component("navigation")
public class Navigation {
    private static final Set<Role> READ_CASES = EnumSet.of(FRONT_DOOR_WORKER, SOCIAL_WORKER, TEAM_MANAGER,
            CONFERENCE_CHAIR, PERFORMANCE_ANALYST, ADMINISTRATOR);
    private static final Set<Role> RECORD_CASES = EnumSet.of(FRONT_DOOR_WORKER, SOCIAL_WORKER, TEAM_MANAGER,
            ADMINISTRATOR);
    private static final Set<Role> FRONT_DOOR = EnumSet.of(FRONT_DOOR_WORKER, TEAM_MANAGER, ADMINISTRATOR);
    private static final Set<Role> TEAM = EnumSet.of(TEAM_MANAGER, ADMINISTRATOR);
    private static final Set<Role> RETURNS = EnumSet.of(PERFORMANCE_ANALYST, ADMINISTRATOR);
    private static final Set<Role> FOSTERING = EnumSet.of(FOSTERING_OFFICER, TEAM_MANAGER, ADMINISTRATOR);
    private static final Set<Role> PLACEMENTS = EnumSet.of(SOCIAL_WORKER, FOSTERING_OFFICER, TEAM_MANAGER, ADMINISTRATOR);
    private static final Set<Role> FOSTERING_MEASURES = EnumSet.of(FOSTERING_OFFICER, TEAM_MANAGER, PERFORMANCE_ANALYST,
            ADMINISTRATOR);

    /** The links for one user; {@code signedIn} is false (and every link hidden) on the sign-in page. */
    public record Links(boolean signedIn, String userName, boolean readCases, boolean recordCases, boolean frontDoor,
                        boolean team, boolean chair, boolean returns, boolean admin, boolean fostering,
                        boolean placements, boolean fosteringMeasures) {
    }

    public Links current() {
        return CurrentUser.find().map(Navigation::of)
                .orElseGet(() -> new Links(false, null, false, false, false, false, false, false, false, false, false,
                        false));
    }

    static Links of(CurrentUser user) {
        Set<Role> roles = user.roles();
        return new Links(true, user.displayName(), any(roles, READ_CASES), any(roles, RECORD_CASES),
                any(roles, FRONT_DOOR), any(roles, TEAM), roles.contains(CONFERENCE_CHAIR), any(roles, RETURNS),
                roles.contains(ADMINISTRATOR), any(roles, FOSTERING), any(roles, PLACEMENTS),
                any(roles, FOSTERING_MEASURES));
    }

    private static boolean any(Set<Role> held, Set<Role> wanted) {
        return held.stream().anyMatch(wanted::contains);
    }
}
