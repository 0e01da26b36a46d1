package org.kindred.protection.internal;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** Counts this module's changes, so a cached view of what is due is read again after any change on this node. */
@Component
public class ProtectionChanges {
    private final AtomicLong version = new AtomicLong();

    public long version() { return version.get(); }

    void changed() { version.incrementAndGet(); }
}
