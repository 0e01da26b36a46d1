package org.kindred.casework.web;

import org.kindred.casework.Notifications;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * The count of unread notifications in every page's header. When the database cannot answer, the header shows
 * "Notifications" without a count and the page renders whole: under load the pool's time-out once failed the
 * "service unavailable" page itself in its header.
 */
@Component("headerNotifications")
public class HeaderNotifications {
    private final Notifications notifications;

    HeaderNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    public int unread() {
        try {
            return notifications.unreadCount();
        } catch (DataAccessException | TransactionException e) {
            return 0;
        }
    }
}
