package org.kindred.protection.web;

import org.kindred.access.CurrentUser;
import org.kindred.access.Role;

/** What the signed-in user may do on these pages, so the pages offer only that (the services enforce it). */
final class Roles {
    private Roles() {
    }

    static boolean canRecord() {
        CurrentUser u = CurrentUser.get();
        return u.has(Role.FRONT_DOOR_WORKER) || u.has(Role.SOCIAL_WORKER) || u.has(Role.TEAM_MANAGER)
                || u.administrator();
    }

    static boolean canChair() {
        CurrentUser u = CurrentUser.get();
        return u.has(Role.CONFERENCE_CHAIR) || u.has(Role.TEAM_MANAGER) || u.administrator();
    }
}
