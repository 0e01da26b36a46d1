package org.kindred.allocation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.kindred.allocation.Caseloads;
import org.kindred.allocation.WorkerAllocated;
import org.kindred.allocation.WorkersAllocated;
import org.kindred.shared.chronology.ChronologyEntry;
import org.kindred.shared.cluster.AfterCommit;
import org.kindred.shared.cluster.ClusterSignals;
import org.kindred.shared.work.WorkItem;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The authority's open work that no worker holds, oldest due first. Every manager's home page shows it, and working
 * it out reads all open work of every module, so it is kept between requests: every step that can open, close or
 * allocate work publishes a chronology entry or a {@link WorkerAllocated}, and either forgets the kept list once its
 * transaction commits; other nodes forget it when PostgreSQL tells them the change committed (ADR 0022). A minute's
 * limit covers bulk loads that publish nothing.
 */
@Component
class UnallocatedWork {
    static final Duration LIMIT = Duration.ofMinutes(1);
    private final GatheredWork work;
    private final Caseloads caseloads;
    private final Clock clock = Clock.systemUTC();
    /** Moves on with every change, so a list worked out while a change committed is not kept. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Kept kept;
    private final ClusterSignals signals;
    private static final String TOPIC = "allocation.unallocated";

    private record Kept(LocalDate today, Instant at, List<WorkItem> items) {
    }

    UnallocatedWork(GatheredWork work, Caseloads caseloads, ClusterSignals signals) {
        this.work = work;
        this.caseloads = caseloads;
        this.signals = signals;
        signals.listen(TOPIC, payloads -> forget());
    }

    /** Unallocated items, oldest due first, whoever may see them (the caller leaves out what its user may not). */
    List<WorkItem> on(LocalDate today) {
        Kept current = kept;
        Instant now = clock.instant();
        if (current == null || !current.today().equals(today) || current.at().plus(LIMIT).isBefore(now)) {
            long before = changes.get();
            current = new Kept(today, now, workOut(today));
            if (changes.get() == before) {
                kept = current;
            }
        }
        return current.items();
    }

    private List<WorkItem> workOut(LocalDate today) {
        List<WorkItem> open = work.openWork(today);
        Set<Long> allocated = caseloads.allocatedAmong(open.stream().map(WorkItem::childId).collect(Collectors.toSet()));
        return open.stream().filter(i -> !allocated.contains(i.childId())).toList();
    }

    @EventListener
    void on(ChronologyEntry step) {
        forgetOnCommit();
    }

    /** A batch command's steps: one change. */
    @EventListener
    void on(org.kindred.shared.chronology.ChronologyEntries steps) {
        if (!steps.entries().isEmpty()) forgetOnCommit();
    }

    @EventListener
    void on(WorkerAllocated allocation) {
        forgetOnCommit();
    }

    @EventListener
    void on(WorkersAllocated allocations) {
        forgetOnCommit();
    }

    /**
     * Forgets the list once the publisher's transaction commits (at once outside one). A plain listener with its own
     * synchronisation, not a transactional event listener: Spring Modulith would record each such event in its
     * publication table and complete it in a transaction of its own (5,500 writes for the demo's allocations).
     */
    private void forgetOnCommit() {
        signals.send(TOPIC);
        AfterCommit.once(this, this::forget);
    }

    private void forget() {
        changes.incrementAndGet();
        kept = null;
    }
}
