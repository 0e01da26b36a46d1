package org.kindred.person.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import lombok.RequiredArgsConstructor;
import org.kindred.person.DuplicateSweep;
import org.kindred.person.SweepProgress.State;
import org.kindred.person.SweepProgress;
import org.kindred.person.internal.search.RegisterIndex;
import org.kindred.person.matching.MatchCandidate;
import org.kindred.person.matching.PersonRecord;
import org.kindred.shared.AuditableAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** One duplicate sweep at a time, in the background for pages or in the foreground for the command line. */
@Service
@RequiredArgsConstructor
class SweepJob implements DuplicateSweep {
    private static final Logger log = LoggerFactory.getLogger(SweepJob.class);
    private final RegisterIndex index;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final AtomicReference<SweepProgress> last = new AtomicReference<>(SweepProgress.neverRun());
    private volatile PairFinder current;
    private volatile int total;
    private volatile Instant started;

    @Override
    public SweepProgress start(double threshold) {
        if (!claim()) {
            return progress();
        }
        events.publishEvent(new AuditableAction("SWEEP", "person", null, "duplicate sweep started at " + threshold));
        Thread t = new Thread(() -> sweep(threshold), "duplicate-sweep-job");
        t.setDaemon(true);
        t.start();
        return progress();
    }

    @Override
    public SweepProgress run(double threshold) {
        if (!claim()) {
            throw new IllegalStateException("A duplicate sweep is already running");
        }
        events.publishEvent(new AuditableAction("SWEEP", "person", null, "duplicate sweep run at " + threshold));
        sweep(threshold);
        return progress();
    }

    private synchronized boolean claim() {
        if (current != null) {
            return false;
        }
        current = new PairFinder();
        started = Instant.now();
        total = 0;
        return true;
    }

    private void sweep(double threshold) {
        PairFinder finder = current;
        try {
            if (!index.awaitLoaded(10)) {
                throw new IllegalStateException("The search index did not load within 10 minutes");
            }
            List<PersonRecord> records = index.everyone();
            total = records.size();
            Map<PairFinder.Pair, MatchCandidate> pairs = finder.find(index, records, threshold);
            int queued = tx.execute(s -> DuplicateRows.queue(jdbc, pairs));
            finish(State.FINISHED, finder, pairs.size(), queued);
            log.info("Duplicate sweep: {} people, {} pairs, {} newly queued in {}", total, pairs.size(), queued,
                    Duration.between(started, Instant.now()));
        } catch (Exception e) {
            log.error("Duplicate sweep failed", e);
            finish(State.FAILED, finder, 0, 0);
        }
    }

    private synchronized void finish(State state, PairFinder finder, int found, int queued) {
        last.set(new SweepProgress(state, finder.checked.get(), total, found, queued, started,
                Duration.between(started, Instant.now())));
        current = null;
    }

    @Override
    public SweepProgress progress() {
        PairFinder running = current;
        if (running == null) {
            return last.get();
        }
        return new SweepProgress(State.RUNNING, running.checked.get(), total, 0, 0, started,
                Duration.between(started, Instant.now()));
    }
}
