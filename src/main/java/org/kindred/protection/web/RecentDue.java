package org.kindred.protection.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.kindred.protection.DueKind;
import org.kindred.protection.ProtectionDue;
import org.kindred.protection.ProtectionDueItem;
import org.kindred.protection.internal.ProtectionChanges;
import org.springframework.stereotype.Component;

/**
 * The manager's view of conferences and core groups due, read at most every 10 seconds: every manager sees the same
 * dates (names are checked per user), and under load the query dominated the page. Any change recorded on this node
 * reads it again at once; a change on another node shows within 10 seconds.
 */
@Component
@RequiredArgsConstructor
class RecentDue {
    static final long MAX_AGE_MILLIS = 10_000;
    private static final Set<DueKind> KINDS = EnumSet.of(DueKind.INITIAL_CONFERENCE, DueKind.REVIEW_CONFERENCE,
            DueKind.CORE_GROUP);
    private final ProtectionDue due;
    private final ProtectionChanges changes;
    private volatile Snapshot last;

    private record Snapshot(LocalDate horizon, long at, long version, List<ProtectionDueItem> items) {
    }

    List<ProtectionDueItem> get(LocalDate horizon) {
        Snapshot s = last;
        long now = System.currentTimeMillis();
        long version = changes.version();
        if (s == null || !s.horizon.equals(horizon) || now - s.at > MAX_AGE_MILLIS || s.version != version) {
            s = new Snapshot(horizon, now, version, due.dueBy(horizon, null, KINDS));
            last = s;
        }
        return s.items;
    }
}
