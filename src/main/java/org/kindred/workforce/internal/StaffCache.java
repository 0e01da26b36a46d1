package org.kindred.workforce.internal;

import java.util.List;
import java.util.function.Supplier;
import org.kindred.workforce.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Every employment spell, read once and reused for a few seconds: the measures page computes three years of
 * monthly figures from a few hundred rows in memory. Cleared on every change here; another node's change shows
 * within the few seconds.
 */
@Component
class StaffCache {
    private static final long KEEP_MILLIS = 5_000;
    private volatile List<StaffMember> rows;
    private volatile long readAt;

    List<StaffMember> get(Supplier<List<StaffMember>> read) {
        List<StaffMember> r = rows;
        if (r == null || System.currentTimeMillis() - readAt > KEEP_MILLIS) {
            r = List.copyOf(read.get());
            rows = r;
            readAt = System.currentTimeMillis();
        }
        return r;
    }

    void clear() { rows = null; }
}
