package org.kindred.care.internal;

import java.util.concurrent.atomic.AtomicLong;
import org.kindred.shared.cluster.ClusterSignals;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A counter of committed changes to care data on this node, so the manager's overview can be reused until the
 * next change instead of being recomputed for every viewer. Counted after commit, so a reader never caches data
 * older than the count it saw. Other nodes' changes are counted when PostgreSQL tells of them.
 */
@Component
class CareChanges {
    private final AtomicLong version = new AtomicLong();
    private final ClusterSignals signals;
    private static final String TOPIC = "care.changes";

    /** Other nodes' committed changes count too (ADR 0022): they are told through PostgreSQL. */
    CareChanges(ClusterSignals signals) {
        this.signals = signals;
        signals.listen(TOPIC, payloads -> version.incrementAndGet());
    }

    long version() { return version.get(); }

    void changed() {
        signals.send(TOPIC);
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
