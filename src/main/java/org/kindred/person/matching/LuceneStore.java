package org.kindred.person.matching;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene side: one document per person holding its id and its blocking keys. A background
 * thread refreshes the searcher within 0.2 s of a write, so writes need not wait for a refresh;
 * during a bulk load it waits, so the load is not cut into hundreds of tiny segments.
 */
final class LuceneStore implements Closeable {

    static final String ID = "id";
    static final String KEYS = "k";
    private static final long REFRESH_MILLIS = 200;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService refresher;
    private final AtomicBoolean changed = new AtomicBoolean();
    private final AtomicInteger bulkLoads = new AtomicInteger();

    LuceneStore(Directory directory) {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig().setRAMBufferSizeMB(128));
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    searcher.setQueryCache(null); // every query is different: caching only costs
                    return searcher;
                }
            });
            refresher = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "person-index-refresh");
                thread.setDaemon(true);
                return thread;
            });
            refresher.scheduleWithFixedDelay(this::refreshIfChanged, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void put(String id, Collection<String> keys) {
        write(id, keys, true);
    }

    /** A person the index has never held (a bulk load into an empty index): no earlier document to replace. */
    void putNew(String id, Collection<String> keys) {
        write(id, keys, false);
    }

    private void write(String id, Collection<String> keys, boolean replace) {
        Document doc = new Document();
        doc.add(new StringField(ID, id, Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
        keys.forEach(key -> doc.add(new StringField(KEYS, key, Field.Store.NO)));
        try {
            if (replace) writer.updateDocument(new Term(ID, id), doc);
            else writer.addDocument(doc);
            changed.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
            changed.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index (before a rebuild into a kept folder). */
    void deleteAll() {
        try {
            writer.deleteAll();
            changed.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes everything written so far durable in the folder. */
    void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void beginBulkLoad() {
        bulkLoads.incrementAndGet();
    }

    /** After a bulk load the index is merged to one segment: each term is then looked up once, not once per segment. */
    void endBulkLoad() {
        try {
            mergeToOneSegment();
        } finally {
            bulkLoads.decrementAndGet();
        }
        refresh();
    }

    /**
     * Ends a bulk load with every person searchable at once, and merges to one segment afterwards in the background
     * (seconds of CPU that searches need not wait for: they are correct on several segments, a little slower).
     */
    void endBulkLoadMergingLater() {
        bulkLoads.decrementAndGet();
        refresh();
        refresher.execute(() -> {
            try {
                mergeToOneSegment();
                refresh();
            } catch (RuntimeException e) {
                // Stopping while merging, or no space: searches go on over several segments.
            }
        });
    }

    private void mergeToOneSegment() {
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refreshIfChanged() {
        if (bulkLoads.get() == 0 && changed.getAndSet(false)) {
            try {
                searchers.maybeRefreshBlocking();
            } catch (IOException | RuntimeException e) {
                changed.set(true); // try again on the next tick
            }
        }
    }

    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids of the top hits, read while the searcher is held so a concurrent refresh cannot close it. */
    List<String> search(Query query, int count) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<String> ids = new ArrayList<>(count);
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                // count hits only as far as needed, so Lucene may skip documents that cannot make the top
                TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(count, null, count));
                for (ScoreDoc hit : top.scoreDocs) {
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                    SortedDocValues values = DocValues.getSorted(leaf.reader(), ID);
                    if (values.advanceExact(hit.doc - leaf.docBase)) {
                        ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
                    }
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        refresher.shutdownNow();
        searchers.close();
        writer.close();
        writer.getDirectory().close();
    }
}
