package org.kindred.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * People's names where a record keeps the username of who did something ("Decided by Sam Okafor", not "Decided by
 * worker"): templates write {@code ${@staffNames.of(contact.decidedBy)}}. Each name is looked up once and kept for a
 * minute: names rarely change, and a renamed colleague showing under the old name for a minute harms no one.
 */
@Component("staffNames")
public class StaffNames {
    private static final Duration KEPT_FOR = Duration.ofMinutes(1);
    private final Users users;
    private final Clock clock;
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private volatile Instant keptSince = Instant.EPOCH;

    StaffNames(Users users, java.util.Optional<Clock> clock) {
        this.users = users;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The person's name; the username itself for an account Kindred does not know (a system step, an import). */
    public String of(String username) {
        if (username == null) return null;
        Instant now = clock.instant();
        if (keptSince.plus(KEPT_FOR).isBefore(now)) {
            names.clear();
            keptSince = now;
        }
        return names.computeIfAbsent(username, u -> users.find(u).map(UserView::displayName).orElse(u));
    }
}
