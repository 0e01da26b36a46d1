package org.kindred.care.internal;

import org.kindred.shared.cluster.ChangeCounter;
import org.kindred.shared.cluster.ClusterSignals;
import org.springframework.stereotype.Component;

/** Committed changes to care data, so the manager's overview can be reused until the next change. */
@Component
class CareChanges extends ChangeCounter {
    CareChanges(ClusterSignals signals) {
        super(signals, "care.changes");
    }
}
