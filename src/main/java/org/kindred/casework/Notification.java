package org.kindred.casework;

import java.time.Instant;

/** Something a user is told in the application: a child allocated to them, a task set for them, work to authorise. */
public record Notification(long id, String kind, String message, String link, Instant createdAt, Instant readAt) {

    public boolean unread() { return readAt == null; }
}
