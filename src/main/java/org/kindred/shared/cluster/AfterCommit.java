package org.kindred.shared.cluster;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work for when the current transaction commits, at once outside one, never on a rollback: how the lists and
 * counters kept between requests (ADR 0008) forget what a change made stale only once the change can be read.
 */
public final class AfterCommit {
    private AfterCommit() {
    }

    public static void run(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() { work.run(); }
        });
    }

    /** As {@link #run}, once per transaction for {@code key} however often asked (an import records hundreds of thousands). */
    public static void once(Object key, Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(key)) return;
        TransactionSynchronizationManager.bindResource(key, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() { work.run(); }

            @Override
            public void afterCompletion(int status) { TransactionSynchronizationManager.unbindResourceIfPossible(key); }
        });
    }
}
