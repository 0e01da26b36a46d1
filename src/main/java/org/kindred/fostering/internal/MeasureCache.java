package org.kindred.fostering.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Fostering's measures kept between requests (ADR 0008): aggregate counts, no one's name, so every user asking the
 * same question gets the same answer. Forgotten on any committed fostering change and after a minute (which bounds
 * how stale another node's change can leave them). At most a few hundred keys (periods asked for); then all forgotten.
 */
@Component
class MeasureCache {
    static final Duration LIMIT = Duration.ofMinutes(1);
    private static final int MAX_KEYS = 500;
    private final FosteringChanges changes;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(long version, long at, Object value) {
    }

    MeasureCache(FosteringChanges changes) { this.changes = changes; }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        long now = System.nanoTime();
        long version = changes.version();
        Kept k = kept.get(key);
        if (k != null && k.version() == version && now - k.at() < LIMIT.toNanos()) return (T) k.value();
        T value = compute.get();
        if (changes.version() == version) {
            if (kept.size() > MAX_KEYS) kept.clear();
            kept.put(key, new Kept(version, now, value));
        }
        return value;
    }
}
