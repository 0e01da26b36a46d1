package org.kindred.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kindred.audit.AuditChain;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup holds every row of every table; restored, the data is the same row for row, the audit entries keep their
 * numbers, times and chain (the trail verifies), and a file that is not a backup is refused. Restored here over the
 * test database itself, right after backing it up, so that the other tests find their data as they left it.
 */
class BackupsIT extends DatabaseIT {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditChain chain;

    @Test
    void aBackupRestoredGivesBackTheSameRowsAndAnIntactTrail(@TempDir Path dir) throws Exception {
        jdbc.sql("insert into audit_entry (username, action, record_type, detail) values ('t', 'BACKED_UP', 'person', 'a\ttab\nand a newline')")
                .update();
        String trail = trail();
        long people = jdbc.sql("select count(*) from person").query(Long.class).single();
        Path file = dir.resolve("kindred.backup");

        Backups.Summary backedUp = Backups.backup(owner.dataSource(), file);
        assertThat(backedUp.rows("audit_entry")).isEqualTo(jdbc.sql("select count(*) from audit_entry").query(Long.class).single());
        assertThat(backedUp.rows("person")).isEqualTo(people);
        assertThat(backedUp.rows()).containsKeys("audit_chain", "app_user", "event_publication").doesNotContainKey("schema_fingerprint");
        assertThat(Backups.read(file).rows()).isEqualTo(backedUp.rows());

        Backups.Summary restored = Backups.restore(owner.dataSource(), file);
        assertThat(restored.rows()).isEqualTo(backedUp.rows());
        assertThat(trail()).as("every audit entry as it was: number, time, content").isEqualTo(trail);
        AuditChain.Result verified = chain.verify();
        assertThat(verified.intact()).as(verified.firstBroken().orElse("")).isTrue();
        // The triggers are on again: the trail still refuses change, and new entries are numbered after the old.
        assertThat(owner.jdbc().sql("select count(*) from pg_trigger where tgrelid = 'audit_entry'::regclass and tgenabled = 'O'")
                .query(Long.class).single()).isEqualTo(4);
        jdbc.sql("insert into audit_entry (id, username, action, record_type) values (1, 't', 'AFTER_RESTORE', 'person')").update();
        assertThat(jdbc.sql("select id > (select max(id) from audit_entry where action = 'BACKED_UP') from audit_entry where action = 'AFTER_RESTORE'")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aFileThatIsNotABackupIsRefused(@TempDir Path dir) throws Exception {
        Path notOne = dir.resolve("other.zip");
        try (var zip = new ZipOutputStream(Files.newOutputStream(notOne))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
            zip.closeEntry();
        }
        assertThatThrownBy(() -> Backups.restore(owner.dataSource(), notOne)).hasMessageContaining("is not a Kindred backup");
    }

    private String trail() {
        return jdbc.sql("select md5(string_agg(e::text, '|' order by id)) from audit_entry e").query(String.class).single();
    }
}
