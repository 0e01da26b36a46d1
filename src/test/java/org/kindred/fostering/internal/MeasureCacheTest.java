package org.kindred.fostering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Measures are kept between requests until fostering changes (ADR 0008). */
class MeasureCacheTest {
    final FosteringChanges changes = new FosteringChanges(org.kindred.shared.cluster.ClusterSignals.none());
    final MeasureCache cache = new MeasureCache(changes);
    final AtomicInteger computed = new AtomicInteger();

    Integer compute() { return computed.incrementAndGet(); }

    @Test
    void keptUntilAChange() {
        assertThat(cache.get("k", this::compute)).isEqualTo(1);
        assertThat(cache.get("k", this::compute)).isEqualTo(1);
        assertThat(cache.get("other", this::compute)).isEqualTo(2);
        changes.changed();
        assertThat(cache.get("k", this::compute)).isEqualTo(3);
    }

    @Test
    void notKeptWhenAChangeCommitsWhileComputing() {
        assertThat(cache.get("k", () -> {
            changes.changed();
            return compute();
        })).isEqualTo(1);
        assertThat(cache.get("k", this::compute)).isEqualTo(2);
        assertThat(cache.get("k", this::compute)).isEqualTo(2);
    }
}
