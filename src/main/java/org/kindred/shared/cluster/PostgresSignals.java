package org.kindred.shared.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link ClusterSignals} through PostgreSQL. What one node changed, told to every other node on the same PostgreSQL through {@code NOTIFY}: a module sends a
 * topic (and a payload, such as a person's id) in the transaction that made the change, so the others hear it exactly
 * when the change commits and never when it rolls back; each node listens on one connection of its own
 * ({@code LISTEN}, pgjdbc's {@code getNotifications}) and hands what others said to the module that listens to the
 * topic. A node ignores its own signals: its modules already heard their own events. When the listening connection
 * was lost, signals may have been missed, and every listener is told so ({@link Listener#mayHaveMissed()}).
 */
@Component
@RequiredArgsConstructor
class PostgresSignals implements ClusterSignals, SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(PostgresSignals.class);
    static final String CHANNEL = "kindred_changes";
    private static final String SEP = "|";

    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private static final Object NO_CONNECTION = new Object();
    /** This thread's open transactions' signals, by transaction. */
    private final ThreadLocal<Map<Object, Pending>> pending = ThreadLocal.withInitial(java.util.IdentityHashMap::new);
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ApplicationContext context;
    private final Map<String, List<Listener>> listeners = new ConcurrentHashMap<>();
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean running;
    private volatile Thread thread;

    @Override
    public void send(String topic, String payload) {
        String message = node + SEP + topic + SEP + (payload == null ? "" : payload);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            notifyOthers(List.of(message));
            return;
        }
        // One collection per transaction: the connection holder names it (an inner REQUIRES_NEW one has its own)
        Object transaction = TransactionSynchronizationManager.getResource(dataSource);
        Object key = transaction == null ? NO_CONNECTION : transaction;
        Map<Object, Pending> open = pending.get();
        Pending signals = open.get(key);
        if (signals == null) {
            signals = new Pending(key);
            open.put(key, signals);
            TransactionSynchronizationManager.registerSynchronization(signals);
        }
        signals.messages.add(message);
    }

    /**
     * A transaction's signals, sent in one statement just before it commits: inside the transaction, on its connection,
     * so PostgreSQL delivers them when (and only if) it commits.
     */
    private final class Pending implements TransactionSynchronization {
        final Set<String> messages = new LinkedHashSet<>();
        private final Object key;

        Pending(Object key) { this.key = key; }

        @Override
        public void beforeCommit(boolean readOnly) {
            notifyOthers(List.copyOf(messages));
        }

        @Override
        public void afterCompletion(int status) {
            pending.get().remove(key);
        }
    }

    private void notifyOthers(List<String> messages) {
        if (messages.isEmpty()) return;
        jdbc.sql("select count(pg_notify('" + CHANNEL + "', m)) from unnest(?::text[]) m")
                .param(messages.toArray(String[]::new)).query(Long.class).single();
    }

    @Override
    public void listen(String topic, Listener listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /**
     * Starts listening before the application is ready (so a module that reads the database at start, such as the
     * search index, hears every change committed after its read). Only a server listens: a command has no one to tell.
     */
    @Override
    public void start() {
        running = true;
        if (!(context instanceof WebServerApplicationContext)) return;
        thread = new Thread(this::listenLoop, "cluster-signals");
        thread.setDaemon(true);
        thread.start();
        try {
            if (!listening.await(5, TimeUnit.SECONDS)) log.warn("Not yet listening to other nodes' changes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void listenLoop() {
        boolean first = true;
        boolean lost = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                if (!first) {
                    log.warn("Listening to other nodes' changes again: telling every module it may have missed some");
                    listeners.values().forEach(list -> list.forEach(PostgresSignals::mayHaveMissed));
                }
                first = false;
                lost = false;
                listening.countDown();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications(500);
                    if (received != null && received.length > 0) dispatch(received);
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) return;
                // Said once per outage, not every second while the database is down
                if (!lost) log.warn("Lost the connection that hears other nodes' changes ({}); trying again every second",
                        e.getMessage());
                lost = true;
                sleep();
            }
        }
    }

    private void dispatch(PGNotification[] received) {
        Map<String, List<String>> byTopic = new LinkedHashMap<>();
        for (PGNotification n : received) {
            String[] parts = n.getParameter().split("\\" + SEP, 3);
            if (parts.length < 3 || parts[0].equals(node)) continue;
            byTopic.computeIfAbsent(parts[1], t -> new ArrayList<>()).add(parts[2]);
        }
        byTopic.forEach((topic, payloads) -> listeners.getOrDefault(topic, List.of()).forEach(l -> {
            try {
                l.signalled(payloads);
            } catch (RuntimeException e) {
                log.warn("A listener to {} failed on another node's change", topic, e);
            }
        }));
    }

    private static void mayHaveMissed(Listener listener) {
        try {
            listener.mayHaveMissed();
        } catch (RuntimeException e) {
            log.warn("A listener failed to catch up after missed changes", e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() { return running; }

    /** Stopped after the web server (which stops first), before the connection pool closes. */
    @Override
    public int getPhase() { return 0; }
}
