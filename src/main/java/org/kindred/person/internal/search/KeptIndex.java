package org.kindred.person.internal.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.kindred.person.matching.FellegiSunterScorer;
import org.kindred.person.matching.LucenePersonIndex;
import org.kindred.person.matching.MatchingData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the search index is kept between runs (the data directory's search-index folder), and whether what is kept
 * is still the register: the database counts every statement that changes the tables the index reads
 * (person V3 migration), and the index is saved with that count and the database's own id. A restart opens a
 * current index in a moment instead of building it again; any change the index did not see (a command run while
 * Kindred was stopped, another node, a restore) means a rebuild. Once the running index changes, the saved count
 * is deleted, so a crash can never leave a stale index that looks current.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class KeptIndex {
    private static final Logger log = LoggerFactory.getLogger(KeptIndex.class);
    private static final String TOKEN = "register-version";
    private final Path folder;
    private final JdbcClient jdbc;
    private volatile boolean forgotten;

    /** An index and, when it is kept in a folder, its keeper (null for a temporary index). */
    record Opened(LucenePersonIndex index, KeptIndex keeper) {
    }

    /** The index, kept in {@code folder} when one is given and free, else in a temporary folder. */
    static Opened open(String folder, JdbcClient jdbc, MatchingData data) {
        FellegiSunterScorer scorer = FellegiSunterScorer.create(data);
        if (folder != null && !folder.isBlank()) {
            try {
                return new Opened(LucenePersonIndex.kept(data, scorer, Path.of(folder)), new KeptIndex(Path.of(folder), jdbc));
            } catch (RuntimeException e) {
                // Another Kindred holds the folder (a command beside a running server): this one builds its own.
                log.warn("Search index folder {} is in use ({}): building a temporary index", folder, e.getMessage());
            }
        }
        return new Opened(LucenePersonIndex.temporary(data, scorer), null);
    }

    /** What the register is now: read before the register, so a change made meanwhile counts as unseen. */
    String registerVersion() {
        return jdbc.sql("select (select id::text from register_identity limit 1) || '/' || last_value || '/' || is_called"
                + " from register_version").query(String.class).single();
    }

    boolean holds(String version) {
        try {
            Path token = folder.resolve(TOKEN);
            return Files.isRegularFile(token) && Files.readString(token, StandardCharsets.UTF_8).equals(version);
        } catch (IOException e) {
            return false;
        }
    }

    void saved(LucenePersonIndex index, String version) {
        forget();
        index.save(folder);
        try {
            Files.writeString(folder.resolve(TOKEN), version, StandardCharsets.UTF_8);
            forgotten = false;
        } catch (IOException e) {
            log.warn("Could not save the search index's register version: it will be rebuilt at the next start", e);
        }
    }

    /** The running index has changed since it was saved: what is kept no longer says what it holds. */
    void forget() {
        if (forgotten) return;
        forgotten = true;
        try {
            Files.deleteIfExists(folder.resolve(TOKEN));
        } catch (IOException e) {
            log.warn("Could not forget the saved search index's version", e);
        }
    }
}
