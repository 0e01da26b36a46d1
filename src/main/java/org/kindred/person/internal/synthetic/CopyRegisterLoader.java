package org.kindred.person.internal.synthetic;

import java.io.StringReader;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.kindred.person.SyntheticRegister;
import org.kindred.shared.database.AdvisoryLock;
import org.kindred.shared.database.DatabaseOwner;
import org.kindred.person.internal.search.RegisterIndex;
import org.kindred.person.matching.ReferenceFiles;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads a synthetic register with PostgreSQL COPY: 150,000 people in seconds rather than minutes. */
@Component
class CopyRegisterLoader implements SyntheticRegister {
    private static final int BATCH_HOUSEHOLDS = 5_000;
    /** Two adults and four children: the most people one generated household holds. */
    private static final int MAX_HOUSEHOLD = 6;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final String matchingData;
    private final String laCode;
    private final RegisterIndex index;
    private final DatabaseOwner owner;

    /** @param laCode the authority's DfE number, the one its statutory returns carry: the children's UPNs begin with it */
    CopyRegisterLoader(DataSource dataSource, JdbcClient jdbc, @Value("${kindred.matching.data:}") String matchingData,
                       @Value("${kindred.returns.la-code}") String laCode, RegisterIndex index,
                       DatabaseOwner owner) {
        this.index = index;
        this.owner = owner;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.matchingData = matchingData;
        if (!laCode.matches("\\d{3}")) {
            throw new IllegalArgumentException("kindred.returns.la-code must be three digits, not " + laCode);
        }
        this.laCode = laCode;
    }

    @Override
    public int generateIfEmpty(int people, long seed, LocalDate today) {
        // Two nodes started together on one database (ADR 0022): one loads, the other waits and finds it there.
        // A lock of its own, so a load started before the demo county's lock is taken is covered too.
        return AdvisoryLock.holding(dataSource, LOCK, "the synthetic register", () -> generateIfEmptyHoldingLock(people, seed, today));
    }

    /** The advisory lock key of the synthetic register's load: "kindred register" folded to a long. */
    static final long LOCK = 0x6b696e6472656752L;

    private int generateIfEmptyHoldingLock(int people, long seed, LocalDate today) {
        if (jdbc.sql("select count(*) from person").query(Long.class).single() > 0) {
            return 0;
        }
        long firstId = jdbc.sql("select nextval('person_id_seq')").query(Long.class).single();
        // Reserve the ids first, so that people recorded while the load runs get ids of their own.
        jdbc.sql("select setval('person_id_seq', ?)").param(firstId + people + MAX_HOUSEHOLD).query(Long.class).single();
        FamilyGenerator generator = new FamilyGenerator(NameSource.load(ReferenceFiles.configuredOr(matchingData)), seed, today, firstId,
                laCode);
        // Households are made on one thread while PostgreSQL copies the previous batch in on the other core.
        BlockingQueue<Optional<CopyRows>> batches = new ArrayBlockingQueue<>(2);
        int[] created = {0};
        CompletableFuture<Void> making = CompletableFuture.runAsync(() -> {
            try {
                while (created[0] < people) {
                    List<FamilyGenerator.Household> batch = new ArrayList<>();
                    for (int i = 0; i < BATCH_HOUSEHOLDS && created[0] < people; i++) {
                        FamilyGenerator.Household h = generator.next();
                        batch.add(h);
                        created[0] += h.members().size();
                    }
                    batches.put(Optional.of(CopyRows.of(batch)));
                }
                batches.put(Optional.empty());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        // As the tables' owner, who alone may set their indexes and keys aside for the load (BulkLoad).
        try (Connection c = owner.dataSource().getConnection()) {
            c.setAutoCommit(false);
            BulkLoad load = BulkLoad.begin(c, "person", "person_address", "person_relationship");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (Optional<CopyRows> next = take(batches, making); next.isPresent(); next = take(batches, making)) {
                CopyRows rows = next.get();
                copy.copyIn("copy person (id, kind, given_names, family_name, date_of_birth, expected_date_of_birth, sex, "
                        + "ethnicity, nhs_number, upn, created_by, updated_by) from stdin", new StringReader(rows.people()));
                copy.copyIn("copy person_address (person_id, line1, town, postcode, from_date, created_by) from stdin",
                        new StringReader(rows.addresses()));
                copy.copyIn("copy person_relationship (person_id, related_id, kind, created_by) from stdin",
                        new StringReader(rows.relationships()));
            }
            load.restore();
            c.commit();
        } catch (java.sql.SQLException | java.io.IOException e) {
            making.cancel(true);
            throw new IllegalStateException("Could not load the synthetic register", e);
        }
        making.join();
        // Fresh statistics for every table loaded, before the index reads them all (a plan made without them
        // read the addresses once per person: minutes instead of seconds). ANALYZE is the tables' owner's to run.
        owner.analyze("person", "person_address", "person_relationship");
        index.rebuild();
        return created[0];
    }

    /** The next batch, or the generator's failure. */
    private static Optional<CopyRows> take(BlockingQueue<Optional<CopyRows>> batches, CompletableFuture<Void> making) {
        try {
            while (true) {
                Optional<CopyRows> next = batches.poll(1, TimeUnit.SECONDS);
                if (next != null) return next;
                if (making.isDone()) making.join(); // throws what stopped it; finished normally means the end was queued
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the synthetic register", e);
        }
    }

    @Override
    public List<Long> sampleChildren(int count, long seed, int fromAge, int toAge, LocalDate today,
                                     java.util.Collection<Long> exclude) {
        // md5 of id and seed gives a stable pseudo-random order without a random() call per query.
        return jdbc.sql("select id from person where kind = 'CHILD' and deleted_at is null and not restricted"
                        + " and date_of_birth > ? and date_of_birth <= ? and not (id = any(?))"
                        + " order by md5(id::text || ?) limit ?")
                .param(today.minusYears(toAge + 1L)).param(today.minusYears(fromAge))
                .param(exclude.toArray(new Long[0])).param(Long.toString(seed)).param(count)
                .query(Long.class).list();
    }
}
