package org.kindred.person.internal.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kindred.person.PersonRegistered;
import org.kindred.person.matching.LucenePersonIndex;
import org.kindred.person.matching.MatchCandidate;
import org.kindred.person.matching.MatchingData;
import org.kindred.person.matching.PersonQuery;
import org.kindred.person.matching.PersonRecord;
import org.kindred.person.matching.ReferenceFiles;
import org.kindred.shared.cluster.ClusterSignals;
import org.kindred.shared.loading.StartupWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The in-process search index of the whole register: rebuilt from the database when Kindred starts
 * (in the background, so start-up does not wait) and kept current from {@link PersonRegistered} events: this node's
 * own, and other nodes' told through PostgreSQL ({@link ClusterSignals}, ADR 0022).
 */
@Component
public class RegisterIndex implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RegisterIndex.class);
    private final RegisterRecords records;
    /** The index and its keeper, opened beside Spring's start (reading the name data takes half a second). */
    private final CompletableFuture<KeptIndex.Opened> opening;
    private final CountDownLatch loaded = new CountDownLatch(1);
    private volatile boolean closed;
    /** Separates a person's id from an alias record's suffix: "123/a7" is person 123 known as alias 7. */
    static final String ALIAS = "/a";
    private final Map<Long, List<String>> aliasRecords = new ConcurrentHashMap<>();

    private final AtomicBoolean started = new AtomicBoolean();
    private final StartupWork.Task loading;
    private final ClusterSignals signals;
    static final String TOPIC = "person.register";
    /** More people changed at once on another node than this, and the whole register is read again instead. */
    static final int RELOAD_ABOVE = 2_000;
    /** Other nodes' changes heard before the first load finished: applied once it has. */
    private final java.util.Set<Long> heldBack = new java.util.HashSet<>();
    private boolean firstLoadDone;
    /** People were replaced in the index since its last refresh (see {@link #on}). */
    private volatile boolean unrefreshed;

    RegisterIndex(RegisterRecords records, @Value("${kindred.matching.data:}") String matchingData, StartupWork work,
                  @Value("${kindred.search.index-dir:}") String folder, JdbcClient jdbc, ClusterSignals signals) {
        this.records = records;
        this.signals = signals;
        this.loading = work.expect("the search index", 20);
        signals.listen(TOPIC, new ClusterSignals.Listener() {
            @Override
            public void signalled(List<String> payloads) {
                fromOtherNode(payloads.stream().map(Long::valueOf).collect(java.util.stream.Collectors.toSet()));
            }

            @Override
            public void mayHaveMissed() {
                fromOtherNode(null);
            }
        });
        this.opening = CompletableFuture.supplyAsync(() -> KeptIndex.open(folder, jdbc,
                MatchingData.load(ReferenceFiles.configuredOr(matchingData))), RegisterIndex::opener);
    }

    private static void opener(Runnable open) {
        Thread thread = new Thread(open, "register-index-open");
        thread.setDaemon(true);
        thread.start();
    }

    private LucenePersonIndex index() {
        return opening.join().index();
    }

    /** Where the index is kept between runs; null when it is built afresh each time. */
    private KeptIndex kept() {
        return opening.join().keeper();
    }

    /**
     * Builds the index from the register in the background, once: when Kindred is ready, or earlier, as soon as a
     * demo register has been loaded (the demo's other steps add no one the index needs to wait for).
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void rebuild() {
        if (!started.compareAndSet(false, true)) return;
        Thread loader = new Thread(() -> {
            long start = System.currentTimeMillis();
            try {
                LucenePersonIndex index = index();
                KeptIndex kept = kept();
                String version = kept == null ? null : kept.registerVersion();
                if (version != null && index.size() > 0 && kept.holds(version)) {
                    index.recordIds().forEach(this::noteAlias);
                    log.info("Person search index: {} records opened as kept, the register unchanged, in {} ms",
                            index.size(), System.currentTimeMillis() - start);
                    catchUp();
                    return;
                }
                index.clear();
                List<PersonRecord> all = records.all();
                loading.progress(0.4);
                all.forEach(r -> noteAlias(r.id()));
                index.loadMergingLater(all);
                if (kept != null) kept.saved(index, version);
                log.info("Person search index: {} people in {} ms", all.size(), System.currentTimeMillis() - start);
                catchUp();
            } catch (RuntimeException e) {
                // A short command (an export, an import) may end before the index is built: that is no error.
                if (!closed) {
                    throw e;
                }
                log.debug("Person search index not finished: Kindred is stopping");
            } finally {
                loaded.countDown();
                loading.finish();
            }
        }, "register-index");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * After the commit, the person's records are replaced in the index, which is refreshed before the next search
     * rather than at once: a return import registers tens of thousands of people in one transaction, and a refresh
     * (a flushed segment) for each made its commit take hours.
     */
    @TransactionalEventListener
    void on(PersonRegistered event) {
        synchronized (this) {
            LucenePersonIndex index = index();
            if (kept() != null) kept().forget();
            replace(index, event.personId());
            unrefreshed = true;
        }
    }

    /** A batch command's people, as above, from one event. */
    @TransactionalEventListener
    void on(org.kindred.person.PeopleRegistered event) {
        synchronized (this) {
            LucenePersonIndex index = index();
            if (kept() != null) kept().forget();
            Map<Long, List<PersonRecord>> now = records.some(event.personIds());
            event.personIds().forEach(id -> replace(index, id, now.getOrDefault(id, List.of())));
            unrefreshed = true;
        }
    }

    @org.springframework.context.event.EventListener
    void tellOtherNodes(org.kindred.person.PeopleRegistered event) {
        event.personIds().forEach(id -> signals.send(TOPIC, Long.toString(id)));
    }

    /** Tells the other nodes, in the transaction that changed the person: they reindex them once it commits. */
    @org.springframework.context.event.EventListener
    void tellOtherNodes(PersonRegistered event) {
        signals.send(TOPIC, Long.toString(event.personId()));
    }

    /**
     * People another node changed (null: the listening connection was lost, so anyone may have). Heard before the first
     * load is done, they wait for it: the load read the register after this node began listening, so nothing is lost.
     */
    void fromOtherNode(java.util.Set<Long> people) {
        synchronized (heldBack) {
            if (!firstLoadDone) {
                if (people == null) heldBack.add(-1L); else heldBack.addAll(people);
                return;
            }
        }
        if (people == null || people.size() > RELOAD_ABOVE) reloadAll(); else people.forEach(this::reindex);
    }

    /** After the first load: what other nodes changed meanwhile. */
    private void catchUp() {
        java.util.Set<Long> waiting;
        synchronized (heldBack) {
            firstLoadDone = true;
            waiting = new java.util.HashSet<>(heldBack);
            heldBack.clear();
        }
        if (waiting.isEmpty()) return;
        if (waiting.contains(-1L) || waiting.size() > RELOAD_ABOVE) reloadAll(); else waiting.forEach(this::reindex);
    }

    /** The whole register read again (after missed signals, or a bulk change on another node). */
    synchronized void reloadAll() {
        long start = System.currentTimeMillis();
        LucenePersonIndex index = index();
        if (kept() != null) kept().forget();
        List<PersonRecord> all = records.all();
        index.clear();
        aliasRecords.clear();
        all.forEach(r -> noteAlias(r.id()));
        index.loadMergingLater(all);
        log.info("Person search index: read again after other nodes' changes, {} people in {} ms", all.size(),
                System.currentTimeMillis() - start);
    }

    /** Replaces a person's records with what the register says now: none when merged into another record. */
    public synchronized void reindex(long personId) {
        LucenePersonIndex index = index();
        if (kept() != null) kept().forget();
        replace(index, personId);
        index.refresh();
        unrefreshed = false;
    }

    /** The index made current for searches, if people were replaced in it since it was last refreshed. */
    private void refreshIfNeeded() {
        if (!unrefreshed) return;
        synchronized (this) {
            if (!unrefreshed) return;
            index().refresh();
            unrefreshed = false;
        }
    }

    private void replace(LucenePersonIndex index, long personId) {
        replace(index, personId, records.one(personId));
    }

    private void replace(LucenePersonIndex index, long personId, List<PersonRecord> now) {
        List<String> oldAliases = aliasRecords.getOrDefault(personId, List.of());
        oldAliases.forEach(id -> index.remove(PersonRecord.builder(id).build()));
        index.remove(PersonRecord.builder(Long.toString(personId)).build());
        now.forEach(index::update);
        aliasRecords.put(personId, now.stream().map(PersonRecord::id).filter(id -> id.contains(ALIAS)).toList());
    }

    private void noteAlias(String recordId) {
        if (recordId.contains(ALIAS)) {
            aliasRecords.computeIfAbsent(personId(recordId), k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                    .add(recordId);
        }
    }

    /** The person a search candidate's record belongs to (alias records fold into their person). */
    public static long personId(String recordId) {
        int alias = recordId.indexOf(ALIAS);
        return Long.parseLong(alias < 0 ? recordId : recordId.substring(0, alias));
    }

    /** Waits for the first load (a batch job started with Kindred); false if it did not finish in time. */
    public boolean awaitLoaded(long minutes) throws InterruptedException {
        return loaded.await(minutes, TimeUnit.MINUTES);
    }

    /** Every record in the register as the engine sees it: the duplicate sweep queries the index with each. */
    public List<PersonRecord> everyone() {
        return records.all();
    }

    /** Candidates, waiting a little for the first load; empty while the index is still being built. */
    public List<MatchCandidate> search(PersonRecord example, int limit) {
        try {
            if (!loaded.await(10, TimeUnit.SECONDS)) {
                throw new IndexStarting();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexStarting();
        }
        refreshIfNeeded();
        return index().search(PersonQuery.like(example), limit);
    }

    /** Search is not ready in the first seconds after Kindred starts. */
    public static class IndexStarting extends org.kindred.person.RegisterSearch.Starting {
        IndexStarting() { super("Search is starting up: try again in a minute"); }
    }

    @Override
    public void close() {
        closed = true;
        // Synchronously when open (the next start needs the index's lock); after, when still opening
        opening.thenAccept(opened -> opened.index().close());
    }
}
