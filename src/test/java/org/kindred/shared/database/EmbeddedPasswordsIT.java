package org.kindred.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kept embedded server asks every connection for a password (scram), the passwords generated once and kept in
 * the data directory readable by its owner alone; a data directory an earlier Kindred left trusting is brought to
 * passwords at its next start.
 */
class EmbeddedPasswordsIT {
    @Test
    void aNewDataDirectoryTrustsNobodyAndKeepsItsSecretPrivate(@TempDir Path data) throws Exception {
        DatabaseSecrets secrets;
        try (EmbeddedServer server = EmbeddedDatabase.start(data.toString(), false)) {
            secrets = server.secrets();
            Path secret = data.resolve(DatabaseSecrets.FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
            assertThat(Files.readString(data.resolve("postgres/pg_hba.conf"))).doesNotContain("trust").contains("scram-sha-256");
            refusedWithout(server, "postgres");
            refusedWithout(server, EmbeddedServer.APP);
            try (Connection c = connect(server, EmbeddedServer.APP, secrets.app())) {
                assertThat(c.isValid(1)).isTrue();
            }
            try (Connection c = connect(server, "postgres", secrets.owner())) {
                var rs = c.createStatement().executeQuery("select rolpassword like 'SCRAM-SHA-256$%' from pg_authid where rolname = 'postgres'");
                rs.next();
                assertThat(rs.getBoolean(1)).as("the owner's password is stored as a scram verifier").isTrue();
            }
        }
        // Without its secret the data directory is refused with a sentence, and no new secret is made up.
        Path secret = data.resolve(DatabaseSecrets.FILE);
        Path aside = data.resolve("secret.aside");
        Files.move(secret, aside);
        assertThatThrownBy(() -> EmbeddedDatabase.start(data.toString(), false)).hasMessageContaining("is missing");
        assertThat(secret).doesNotExist();
        Files.move(aside, secret);
        // Started again: the same secrets, still passwords only.
        try (EmbeddedServer again = EmbeddedDatabase.start(data.toString(), false)) {
            assertThat(again.secrets()).isEqualTo(secrets);
            refusedWithout(again, "postgres");
            try (Connection c = again.app().getConnection()) {
                assertThat(c.isValid(1)).isTrue();
            }
        }
    }

    @Test
    void aDataDirectoryLeftTrustingGetsPasswordsAtItsNextStart(@TempDir Path data) throws Exception {
        try (EmbeddedServer server = EmbeddedDatabase.start(data.toString(), false)) {
            assertThat(server.app().getConnection().isValid(1)).isTrue();
        }
        // As an earlier Kindred left it: trust for everyone, and no secret file.
        Files.writeString(data.resolve("postgres/pg_hba.conf"), "host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n");
        Files.delete(data.resolve(DatabaseSecrets.FILE));
        try (EmbeddedServer server = EmbeddedDatabase.start(data.toString(), false)) {
            assertThat(Files.readString(data.resolve("postgres/pg_hba.conf"))).isEqualTo(PasswordAuthentication.HBA);
            refusedWithout(server, "postgres");
            try (Connection c = server.app().getConnection(); Connection o = server.owner().getConnection()) {
                assertThat(c.isValid(1)).isTrue();
                assertThat(o.isValid(1)).isTrue();
            }
        }
    }

    private static void refusedWithout(EmbeddedServer server, String user) {
        assertThatThrownBy(() -> connect(server, user, "not-the-password").close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> DriverManager.getConnection(url(server) + "?user=" + user).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password");
    }

    private static Connection connect(EmbeddedServer server, String user, String password) throws SQLException {
        return DriverManager.getConnection(url(server), user, password);
    }

    private static String url(EmbeddedServer server) {
        return "jdbc:postgresql://localhost:" + server.postgres().getPort() + "/postgres";
    }
}
