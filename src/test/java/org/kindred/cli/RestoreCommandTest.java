package org.kindred.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restore never goes over a data directory that holds a database (live or not): refused before anything starts. */
class RestoreCommandTest {
    @Test
    void aDataDirectoryHoldingADatabaseIsRefusedAndLeftAlone(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("postgres"));
        Files.writeString(data.resolve("postgres/PG_VERSION"), "17\n");
        Path backup = dir.resolve("kindred.backup");
        try (var zip = new ZipOutputStream(Files.newOutputStream(backup))) {
            zip.putNextEntry(new ZipEntry("manifest.properties"));
            zip.write("format=kindred-backup-1\nfingerprint=x\ntables=\n".getBytes());
            zip.closeEntry();
        }
        PrintStream err = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int exit;
        try {
            System.setErr(new PrintStream(said, true));
            exit = KindredCommand.commandLine().execute("restore", "--data-dir", data.toString(), backup.toString());
        } finally {
            System.setErr(err);
        }
        assertThat(exit).isEqualTo(1);
        assertThat(said.toString()).contains("already holds a Kindred database").contains("Nothing was changed");
        try (var files = Files.list(data.resolve("postgres"))) {
            assertThat(files.toList()).containsExactly(data.resolve("postgres/PG_VERSION"));
        }
    }
}
