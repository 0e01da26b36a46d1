package org.kindred.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every connection to the embedded server gives a password (scram-sha-256), never {@code trust}. A new data
 * directory is made with the owner's password (initdb's {@code --pwfile}) and this pg_hba.conf before its first start;
 * one made by an earlier Kindred (trust) gets its passwords at its next start and then this pg_hba.conf, reloaded.
 */
final class PasswordAuthentication {
    private static final Logger log = LoggerFactory.getLogger(PasswordAuthentication.class);
    static final String HBA = """
            # Written by Kindred: every connection gives its password (scram-sha-256). Replaced if changed.
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    private PasswordAuthentication() {
    }

    static boolean inForce(Path pgData) {
        try {
            Path hba = pgData.resolve("pg_hba.conf");
            return Files.exists(hba) && Files.readString(hba).equals(HBA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path pgData) {
        try {
            Files.writeString(pgData.resolve("pg_hba.conf"), HBA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gives both roles their passwords (the application's role made if missing), then, if the server still trusts
     * connections, demands passwords from now on. The verifiers are computed here: no password crosses the wire.
     */
    static void settle(EmbeddedServer server, Path pgData, boolean trusting) throws SQLException {
        try (Connection c = server.owner().getConnection()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            boolean appExists;
            try (var st = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
                st.setString(1, EmbeddedServer.APP);
                appExists = st.executeQuery().next();
            }
            if (!appExists) {
                try (var st = c.createStatement()) {
                    st.execute("create role " + EmbeddedServer.APP + " login nosuperuser nocreatedb nocreaterole noreplication");
                }
            }
            if (trusting || !appExists) {
                pg.alterUserPassword(EmbeddedServer.APP, server.secrets().app().toCharArray(), "scram-sha-256");
            }
            if (trusting) {
                pg.alterUserPassword(EmbeddedServer.OWNER, server.secrets().owner().toCharArray(), "scram-sha-256");
                write(pgData);
                try (var st = c.createStatement()) {
                    st.execute("select pg_reload_conf()");
                }
                log.info("Embedded PostgreSQL now asks every connection for its password (scram-sha-256)");
            }
        }
    }
}
