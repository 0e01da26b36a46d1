package org.kindred.fostering.internal;

import java.util.concurrent.atomic.AtomicLong;
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

    public long version() { return version.get(); }

    public void changed() {
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
