package org.kindred.fostering.internal;

import java.util.concurrent.atomic.AtomicLong;
import org.kindred.shared.cluster.ClusterSignals;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A counter of committed changes to fostering's records, so that measures kept between requests are forgotten as
 * soon as anything they count changes (ADR 0008). Counted after commit: a measure worked out while a change was
 * committing sees the counter move and is not kept.
 */
@Component
public class FosteringChanges {
    private final AtomicLong version = new AtomicLong();
    private final ClusterSignals signals;
    private static final String TOPIC = "fostering.changes";

    /** Other nodes' committed changes count too (ADR 0022): they are told through PostgreSQL. */
    FosteringChanges(ClusterSignals signals) {
        this.signals = signals;
        signals.listen(TOPIC, payloads -> version.incrementAndGet());
    }

    public long version() { return version.get(); }

    public void changed() {
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
