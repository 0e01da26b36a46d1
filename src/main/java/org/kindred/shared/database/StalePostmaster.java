package org.kindred.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the JVM is killed, the embedded postmaster lives on and holds the data directory;
 * stop it before starting again, or the next start fails on postmaster.pid. But never stop one that a live Kindred
 * started (a command run against a serving data directory): the process that started it is written beside it
 * ({@value #OWNER}), and while that process lives the data directory is refused with a clear message.
 */
final class StalePostmaster {
    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static final String OWNER = "kindred.owner";

    /** Records this process as the one that started the data directory's PostgreSQL. */
    static void claim(Path dataDir) throws IOException {
        Files.writeString(dataDir.resolve(OWNER), Long.toString(ProcessHandle.current().pid()));
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Path owner = dataDir.resolve(OWNER);
        if (Files.exists(owner)) {
            long ownerPid = Long.parseLong(Files.readString(owner).trim());
            if (ownerPid != ProcessHandle.current().pid() && ProcessHandle.of(ownerPid).map(ProcessHandle::isAlive).orElse(false)) {
                throw new IllegalStateException("The data directory " + dataDir.getParent() + " is in use by Kindred"
                        + " (process " + ownerPid + "): stop it first, or give another --data-dir");
            }
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).trim());
        ProcessHandle.of(pid).filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(p -> {
                    log.warn("Stopping PostgreSQL {} left running by an earlier Kindred", pid);
                    p.destroy();
                    p.onExit().join();
                });
        Files.deleteIfExists(pidFile);
    }
}
