package org.kindred.fostering.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A sliding-window limit per client address for the public enquiry page: a person sends one enquiry, perhaps
 * corrects it once or twice; a script sends hundreds. Kept in memory (per node), bounded: the oldest addresses are
 * forgotten first when too many are tracked. The address is the connection's (no proxy header is trusted).
 */
@Component
class EnquiryRateLimit {
    static final int SUBMISSIONS = 5;
    static final int VIEWS = 60;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_ADDRESSES = 10_000;
    private final Map<String, Deque<Instant>> posts = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> gets = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    boolean allowSubmission(String address) { return allow(posts, address, SUBMISSIONS); }

    boolean allowView(String address) { return allow(gets, address, VIEWS); }

    private boolean allow(Map<String, Deque<Instant>> seen, String address, int limit) {
        Instant now = clock.instant();
        if (seen.size() > MAX_ADDRESSES) prune(seen, now);
        Deque<Instant> times = seen.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) times.pollFirst();
            if (times.size() >= limit) return false;
            times.addLast(now);
            return true;
        }
    }

    private void prune(Map<String, Deque<Instant>> seen, Instant now) {
        for (Iterator<Map.Entry<String, Deque<Instant>>> it = seen.entrySet().iterator(); it.hasNext(); ) {
            Deque<Instant> d = it.next().getValue();
            synchronized (d) {
                if (d.isEmpty() || d.peekLast().isBefore(now.minus(WINDOW))) it.remove();
            }
        }
        if (seen.size() > MAX_ADDRESSES) seen.clear();
    }
}
