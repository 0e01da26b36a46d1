package org.kindred.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The embedded PostgreSQL Kindred started, with the passwords of its two roles. */
record EmbeddedServer(EmbeddedPostgres postgres, DatabaseSecrets secrets) implements Closeable {
    /** The bootstrap superuser: owns the schema and runs the migrations. */
    static final String OWNER = "postgres";
    /** The application's role: owns nothing; may read and write case data, only add to the audit trail. */
    static final String APP = "kindred_app";

    DataSource owner() {
        return dataSource(OWNER, secrets.owner());
    }

    DataSource app() {
        return dataSource(APP, secrets.app());
    }

    private PGSimpleDataSource dataSource(String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {postgres.getPort()});
        ds.setDatabaseName("postgres");
        ds.setUser(user);
        ds.setPassword(password);
        // Batches of inserts (demo data, imports) go as multi-row statements: one round trip, not one each.
        ds.setReWriteBatchedInserts(true);
        return ds;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
