package org.kindred.returns.validation;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A fixed pool of daemon threads for one step of a validation (reading files, running rules, writing the report). */
public final class DaemonPool {
    private DaemonPool() {
    }

    /** {@code threads} daemon threads named {@code name}: a crash elsewhere never waits for them. Shut it down after use. */
    public static ExecutorService of(String name, int threads) {
        return Executors.newFixedThreadPool(Math.max(1, threads), task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        });
    }
}
