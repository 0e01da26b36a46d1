package org.kindred.chronology.internal;

import java.sql.Timestamp;
import java.util.List;
import org.kindred.access.CurrentUser;
import org.kindred.shared.chronology.ChronologyEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Many entries in a few statements: each chunk goes as one insert from arrays (unnest), which PostgreSQL takes
 * far faster than row-by-row batches; used by demo data steps.
 */
@Component
class BulkChronology {
    private static final int CHUNK = 10_000;
    private final JdbcTemplate jdbc;

    BulkChronology(JdbcTemplate jdbc) { this.jdbc = jdbc; }

    int insert(List<ChronologyEntry> entries) {
        String who = CurrentUser.find().map(CurrentUser::username).orElse("system");
        for (int from = 0; from < entries.size(); from += CHUNK) {
            insertChunk(entries.subList(from, Math.min(entries.size(), from + CHUNK)), who);
        }
        return entries.size();
    }

    private void insertChunk(List<ChronologyEntry> chunk, String who) {
        int n = chunk.size();
        Long[] child = new Long[n];
        Timestamp[] at = new Timestamp[n];
        String[] category = new String[n], summary = new String[n], type = new String[n], id = new String[n],
                link = new String[n];
        for (int i = 0; i < n; i++) {
            ChronologyEntry e = chunk.get(i);
            child[i] = e.childId();
            at[i] = Timestamp.from(e.occurredAt());
            category[i] = e.category();
            summary[i] = e.summary();
            type[i] = e.sourceType();
            id[i] = e.sourceId();
            link[i] = e.link();
        }
        jdbc.execute((java.sql.Connection c) -> {
            try (var ps = c.prepareStatement("""
                    insert into chronology_entry (child_id, occurred_at, category, summary, source_type, source_id,
                                                  link, created_by)
                    select c, o, g, s, t, i, l, ? from unnest(?::bigint[], ?::timestamptz[], ?::text[], ?::text[],
                                                              ?::text[], ?::text[], ?::text[]) as x(c, o, g, s, t, i, l)""")) {
                ps.setString(1, who);
                ps.setArray(2, c.createArrayOf("bigint", child));
                ps.setArray(3, c.createArrayOf("timestamptz", at));
                ps.setArray(4, c.createArrayOf("text", category));
                ps.setArray(5, c.createArrayOf("text", summary));
                ps.setArray(6, c.createArrayOf("text", type));
                ps.setArray(7, c.createArrayOf("text", id));
                ps.setArray(8, c.createArrayOf("text", link));
                return ps.executeUpdate();
            }
        });
    }
}
