package org.kindred.casework;

import java.util.List;

/** The signed-in user's notifications. */
public interface Notifications {
    /** How many are unread: shown in the header on every page, so one indexed count. */
    int unreadCount();

    /** The newest first, the latest 100. */
    List<Notification> mine();

    /** Marks one read (only the user's own); returns its link, if any, to go on to. */
    java.util.Optional<String> read(long id);

    void readAll();
}
