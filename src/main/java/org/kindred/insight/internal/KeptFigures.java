package org.kindred.insight.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.kindred.insight.FiguresChanged;
import org.kindred.insight.Measure;
import org.kindred.insight.MonthFigure;
import org.kindred.insight.Scope;
import org.kindred.shared.chronology.ChronologyEntry;
import org.kindred.shared.cluster.ClusterSignals;
import org.kindred.shared.time.UkTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each measure's months per scope and period, kept between requests (ADR 0008's rule, ADR 0024): counts only, no
 * names, the same for every reader of the scope. A committed change (a chronology entry, or {@link FiguresChanged})
 * on a day marks that month and every later one to be counted again; the earlier months are kept, so the usual
 * change, today's, costs one month's count instead of sixty. Other nodes mark the same months when PostgreSQL tells
 * them (ADR 0022). Figures worked out while a change committed are all counted again next time, and every figure is
 * counted afresh after {@link #LIMIT} (bulk loads that publish nothing; corrections recorded as of today).
 */
@Component
class KeptFigures {
    static final Duration LIMIT = Duration.ofMinutes(10);
    static final int MOST_KEPT = 2_000;
    private static final long SLOW_MS = 500;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(KeptFigures.class);
    private static final String TOPIC = "insight.changes";
    private final Clock clock;
    private final ClusterSignals signals;
    /** Moves on with every committed change, so figures counted while one committed are not trusted. */
    private final AtomicLong changes = new AtomicLong();
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    private record Key(String measure, List<Long> children, YearMonth from, YearMonth to) {
    }

    /** The figures, the first month to count again (null: none), when they were counted in full. */
    private record Kept(List<MonthFigure> figures, YearMonth staleFrom, Instant counted) {
    }

    KeptFigures(Clock clock, ClusterSignals signals) {
        this.clock = clock;
        this.signals = signals;
        signals.listen(TOPIC, payloads -> payloads.forEach(p -> stale(p.isBlank() ? null : YearMonth.parse(p))));
    }

    /** The measure's months from {@code from} to {@code to} for the scope, counting only what changed. */
    List<MonthFigure> series(Measure m, Scope scope, YearMonth from, YearMonth to) {
        Key key = new Key(m.id(), scope.childIds() == null ? null : List.copyOf(scope.childIds()), from, to);
        Instant now = clock.instant();
        Kept current = kept.get(key);
        long before = changes.get();
        List<MonthFigure> figures;
        Instant counted;
        if (current == null || current.counted().plus(LIMIT).isBefore(now) || from.equals(current.staleFrom())) {
            long started = System.nanoTime();
            figures = m.series(scope, from, to);
            counted = now;
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (ms >= SLOW_MS) {
                log.info("Insight: {} counted for {}, {} to {}, in {} ms", m.id(), scope.label(), from, to, ms);
            }
        } else if (current.staleFrom() == null) {
            return current.figures();
        } else {
            YearMonth again = current.staleFrom().isBefore(from) ? from : current.staleFrom();
            figures = new ArrayList<>(current.figures().subList(0, (int) from.until(again, java.time.temporal.ChronoUnit.MONTHS)));
            figures.addAll(m.series(scope, again, to));
            counted = current.counted();
        }
        if (kept.size() >= MOST_KEPT) {
            kept.clear();
        }
        // A change that committed meanwhile may or may not be in these figures: count them all again next time.
        kept.put(key, new Kept(List.copyOf(figures), changes.get() == before ? null : from, counted));
        return figures;
    }

    @EventListener
    void on(ChronologyEntry step) {
        changedOnCommit(UkTime.date(step.occurredAt()));
    }

    /** A batch command's steps: one change, from the earliest step's month. */
    @EventListener
    void on(org.kindred.shared.chronology.ChronologyEntries steps) {
        steps.entries().stream().map(e -> UkTime.date(e.occurredAt())).min(LocalDate::compareTo)
                .ifPresent(this::changedOnCommit);
    }

    @EventListener
    void on(FiguresChanged change) {
        changedOnCommit(change.on());
    }

    /**
     * After the publisher's transaction commits (at once outside one). A plain listener with its own synchronisation,
     * as UnallocatedWork's: a transactional event listener would be recorded in Spring Modulith's publication table.
     */
    private void changedOnCommit(LocalDate on) {
        YearMonth month = on == null ? YearMonth.of(1900, 1) : YearMonth.from(on);
        // Sent with the transaction (a month sent twice goes once), heard by the other nodes only if it commits.
        signals.send(TOPIC, month.toString());
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            stale(month);
            return;
        }
        // One synchronisation per transaction, for its earliest month: a bulk step publishes thousands of entries.
        Earliest earliest = (Earliest) TransactionSynchronizationManager.getResource(this);
        if (earliest == null) {
            Earliest first = new Earliest(month);
            TransactionSynchronizationManager.bindResource(this, first);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    stale(first.month);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KeptFigures.this);
                }
            });
        } else if (month.isBefore(earliest.month)) {
            earliest.month = month;
        }
    }

    private static final class Earliest {
        private YearMonth month;

        private Earliest(YearMonth month) { this.month = month; }
    }

    /** Marks {@code month} and later to be counted again in every kept series (null: every month). */
    private void stale(YearMonth month) {
        changes.incrementAndGet();
        kept.replaceAll((key, k) -> {
            YearMonth first = month == null || month.isBefore(key.from()) ? key.from() : month;
            if (first.isAfter(key.to())) {
                return k;
            }
            YearMonth staleFrom = k.staleFrom() == null || first.isBefore(k.staleFrom()) ? first : k.staleFrom();
            return new Kept(k.figures(), staleFrom, k.counted());
        });
    }
}
