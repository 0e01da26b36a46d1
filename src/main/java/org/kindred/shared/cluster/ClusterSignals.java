package org.kindred.shared.cluster;

import java.util.List;

/**
 * Tells the other Kindred nodes on the same database what this one changed, and hears what they changed: how the
 * search index and the lists kept between requests (ADR 0008) stay current on every node (ADR 0022).
 */
public interface ClusterSignals {

    /** Hears one topic's signals from other nodes. */
    @FunctionalInterface
    interface Listener {
        /** Other nodes committed changes of this topic (each signal's payload, "" when none). On the listening thread. */
        void signalled(List<String> payloads);

        /** The listening connection was lost and is back: anything may have changed meanwhile. */
        default void mayHaveMissed() {
            signalled(List.of());
        }
    }

    /**
     * Tells the other nodes that {@code topic} changed, when the current transaction commits (at once outside one);
     * never if it rolls back. The same topic and payload twice in one transaction is sent once.
     */
    void send(String topic, String payload);

    default void send(String topic) {
        send(topic, "");
    }

    /** Hands {@code topic}'s signals from other nodes to the listener. */
    void listen(String topic, Listener listener);

    /** For a single node (tests, a calculation): tells no one and hears nothing. */
    static ClusterSignals none() {
        return new ClusterSignals() {
            @Override
            public void send(String topic, String payload) { }

            @Override
            public void listen(String topic, Listener listener) { }
        };
    }
}
