package org.kindred.shared.cluster;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A count of committed changes to a module's records, so that what is worked out from them can be kept between
 * requests until the next change instead of being worked out for every reader. Counted after commit, so a reader
 * never keeps data older than the count it saw; other nodes' changes count when PostgreSQL tells of them (ADR 0022).
 */
public class ChangeCounter {
    private final AtomicLong version = new AtomicLong();
    private final ClusterSignals signals;
    private final String topic;

    protected ChangeCounter(ClusterSignals signals, String topic) {
        this.signals = signals;
        this.topic = topic;
        signals.listen(topic, payloads -> version.incrementAndGet());
    }

    public long version() { return version.get(); }

    public void changed() {
        signals.send(topic);
        AfterCommit.run(version::incrementAndGet);
    }
}
