package org.kindred.care.internal;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A counter of committed changes to care data on this node, so the manager's overview can be reused until the
 * next change instead of being recomputed for every viewer. Counted after commit, so a reader never caches data
 * older than the count it saw. (With several nodes each counts its own changes: share it before scaling out.)
 */
@Component
class CareChanges {
    private final AtomicLong version = new AtomicLong();

    long version() { return version.get(); }

    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() { version.incrementAndGet(); }
            });
        } else {
            version.incrementAndGet();
        }
    }
}
