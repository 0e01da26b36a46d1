package org.kindred.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kindred.casework.Notification;
import org.kindred.casework.Notifications;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The header's notification count on every page: when the database cannot answer it the page still renders whole
 * (the 503 page under load was once cut off in its header).
 */
class HeaderNotificationsTest {
    private final AtomicInteger asked = new AtomicInteger();

    @Test
    void countsWhatTheDatabaseAnswers() {
        assertThat(new HeaderNotifications(notifications(false)).unread()).isEqualTo(3);
    }

    @Test
    void aDatabaseThatCannotAnswerCountsNothingRatherThanFailingThePage() {
        assertThat(new HeaderNotifications(notifications(true)).unread()).isZero();
        assertThat(asked).hasValue(1);
    }

    private Notifications notifications(boolean down) {
        return new Notifications() {
            @Override
            public int unreadCount() {
                asked.incrementAndGet();
                if (down) throw new CannotCreateTransactionException("Connection is not available, request timed out");
                return 3;
            }

            @Override
            public List<Notification> mine() {
                return List.of();
            }

            @Override
            public Optional<String> read(long id) {
                return Optional.empty();
            }

            @Override
            public void readAll() {
            }
        };
    }
}
