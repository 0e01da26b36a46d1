package org.kindred.person.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

/**
 * Person search in process: Lucene finds candidates that share blocking keys with the query,
 * then the Fellegi-Sunter scorer ranks them and explains each (about a millisecond of CPU over a
 * million people: docs/performance.md). Writes are visible to searches within a fifth of a second (near-real-time).
 */
public final class LucenePersonIndex implements PersonIndex {

    /** Candidates scored per search: at least 20, and two per result asked for. */
    private static final int MIN_CANDIDATES = 20;
    private static final String PEOPLE_FILE = "people.bin";
    private final Map<String, PersonRecord> people = new ConcurrentHashMap<>();
    private final IndexKeys keys;
    private final FellegiSunterScorer scorer;
    private final LuceneStore store;

    public LucenePersonIndex(MatchingData data, FellegiSunterScorer scorer, Directory directory) {
        this.keys = new IndexKeys(data.variants());
        this.scorer = scorer;
        this.store = new LuceneStore(directory);
    }

    /** A heap-only index with the standard model parameters: small registers and tests. */
    public static LucenePersonIndex inMemory(MatchingData data) {
        return new LucenePersonIndex(data, FellegiSunterScorer.create(data), new ByteBuffersDirectory());
    }

    /**
     * An index memory-mapped from a temporary folder, deleted on close. Faster than the heap
     * directory for large registers (term look-ups do not copy buffers) and kept off the heap.
     */
    public static LucenePersonIndex temporary(MatchingData data, FellegiSunterScorer scorer) {
        return new LucenePersonIndex(data, scorer, TemporaryDirectory.create());
    }

    /**
     * An index kept in {@code folder} (Lucene's files and the people they stand for), so that a restart can open it
     * instead of building it again; whoever keeps it decides whether it is still current ({@link #save}).
     */
    public static LucenePersonIndex kept(MatchingData data, FellegiSunterScorer scorer, Path folder) {
        try {
            Files.createDirectories(folder);
            LucenePersonIndex index = new LucenePersonIndex(data, scorer, new MMapDirectory(folder.resolve("lucene")));
            Path people = folder.resolve(PEOPLE_FILE);
            if (Files.isRegularFile(people)) {
                try {
                    PeopleFile.read(people).forEach(p -> index.people.put(p.id(), p));
                } catch (IOException | RuntimeException e) {
                    index.people.clear(); // unreadable: the keeper rebuilds
                }
            }
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the index and its people to the kept folder (see {@link #kept}). */
    public void save(Path folder) {
        store.commit();
        try {
            PeopleFile.write(folder.resolve(PEOPLE_FILE), people.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets everyone (before a rebuild). */
    public void clear() {
        store.deleteAll();
        people.clear();
    }

    /** Loads many people on all cores (the rebuild from the database); visible and merged when this returns. */
    public void load(Collection<PersonRecord> many) {
        store.beginBulkLoad();
        try {
            bulk(many);
        } finally {
            store.endBulkLoad();
        }
    }

    /** Loads many people on all cores; searchable when this returns, merged to one segment in the background. */
    public void loadMergingLater(Collection<PersonRecord> many) {
        store.beginBulkLoad();
        try {
            bulk(many);
        } finally {
            store.endBulkLoadMergingLater();
        }
    }

    private void bulk(Collection<PersonRecord> many) {
        // Into an empty index each person is new: adding skips the look-up of an earlier document to replace.
        boolean fresh = people.isEmpty();
        many.parallelStream().forEach(person -> {
            boolean known = people.put(person.id(), person) != null;
            if (fresh && !known) store.putNew(person.id(), keys.of(person).keySet());
            else store.put(person.id(), keys.of(person).keySet());
        });
    }

    @Override
    public void add(PersonRecord person) {
        update(person);
    }

    @Override
    public void update(PersonRecord person) {
        people.put(person.id(), person);
        store.put(person.id(), keys.of(person).keySet());
    }

    @Override
    public void remove(PersonRecord person) {
        people.remove(person.id());
        store.delete(person.id());
    }

    /** Makes every write so far visible now, rather than within the next half second. */
    public void refresh() {
        store.refresh();
    }

    /** The ids of the records held (aliases included, "id/aN"). */
    public java.util.Set<String> recordIds() {
        return java.util.Collections.unmodifiableSet(people.keySet());
    }

    public int size() {
        return people.size();
    }

    @Override
    public List<MatchCandidate> search(PersonQuery query, int limit) {
        PersonRecord example = query.example();
        List<MatchCandidate> candidates = new ArrayList<>();
        for (String id : store.search(queryFor(example), Math.max(MIN_CANDIDATES, limit * 2))) {
            PersonRecord person = people.get(id);
            if (person != null) {
                candidates.add(scorer.score(example, person));
            }
        }
        candidates.sort(Comparator.comparingDouble(MatchCandidate::score).reversed());
        return candidates.size() > limit ? List.copyOf(candidates.subList(0, limit)) : candidates;
    }

    /**
     * One clause per field, each the best of that field's keys (a disjunction-max), so a name
     * agreeing exactly does not also collect points for each of its one-typo keys.
     */
    private Query queryFor(PersonRecord example) {
        Map<String, List<Query>> byField = new java.util.LinkedHashMap<>();
        keys.of(example).forEach((key, weight) -> byField.computeIfAbsent(IndexKeys.fieldOf(key), f -> new ArrayList<>())
                .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(LuceneStore.KEYS, key))), weight)));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        byField.values().forEach(clauses -> query.add(clauses.size() == 1 ? clauses.get(0)
                : new DisjunctionMaxQuery(clauses, 0f), BooleanClause.Occur.SHOULD));
        return query.build();
    }

    @Override
    public void close() {
        try {
            store.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
