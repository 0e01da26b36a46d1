package org.kindred.protection.internal;

import java.util.concurrent.atomic.AtomicLong;
import org.kindred.shared.cluster.ClusterSignals;
import org.springframework.stereotype.Component;

/**
 * Counts this module's changes, so a cached view of what is due is read again after any change: on this node at once,
 * on the others when the change commits (told through PostgreSQL, ADR 0022).
 */
@Component
public class ProtectionChanges {
    private final AtomicLong version = new AtomicLong();
    private final ClusterSignals signals;
    private static final String TOPIC = "protection.changes";

    ProtectionChanges(ClusterSignals signals) {
        this.signals = signals;
        signals.listen(TOPIC, payloads -> version.incrementAndGet());
    }

    public long version() { return version.get(); }

    void changed() {
        version.incrementAndGet();
        signals.send(TOPIC);
    }
}
