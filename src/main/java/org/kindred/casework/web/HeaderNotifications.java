package org.kindred.casework.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HeaderNotifications {
    private final Notifications notifications;

    public int unread() {
        try {
            return notifications.unreadCount();
        } catch (DataAccessException | TransactionException e) {
            return 0;
        }
    }
}
