package org.kindred.fostering.internal;

import org.kindred.shared.cluster.ChangeCounter;
import org.kindred.shared.cluster.ClusterSignals;
import org.springframework.stereotype.Component;

/**
 * Committed changes to fostering's records, so that measures kept between requests are forgotten as soon as anything
 * they count changes (ADR 0008): a measure worked out while a change was committing sees the counter move and is not
 * kept.
 */
@Component
public class FosteringChanges extends ChangeCounter {
    FosteringChanges(ClusterSignals signals) {
        super(signals, "fostering.changes");
    }
}
