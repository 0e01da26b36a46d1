package org.kindred.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command never stops a PostgreSQL that a live Kindred started; a stale one (its starter dead) is cleared. */
class StalePostmasterTest {
    @Test
    void aDataDirectoryStartedByALiveProcessIsRefusedAndLeftAlone(@TempDir Path dir) throws Exception {
        Process server = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(dir.resolve("postmaster.pid"), server.pid() + "\n" + dir + "\n");
            Files.writeString(dir.resolve(StalePostmaster.OWNER), Long.toString(server.pid()));
            assertThatThrownBy(() -> StalePostmaster.stopIfRunning(dir)).hasMessageContaining("in use by Kindred")
                    .hasMessageContaining(Long.toString(server.pid()));
            assertThat(server.isAlive()).isTrue();
            assertThat(dir.resolve("postmaster.pid")).exists();
        } finally {
            server.destroy();
        }
    }

    @Test
    void aPidFileWhoseStarterIsGoneIsCleared(@TempDir Path dir) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(dir.resolve("postmaster.pid"), gone.pid() + "\n");
        Files.writeString(dir.resolve(StalePostmaster.OWNER), Long.toString(gone.pid()));
        StalePostmaster.stopIfRunning(dir);
        assertThat(dir.resolve("postmaster.pid")).doesNotExist();
    }
}
