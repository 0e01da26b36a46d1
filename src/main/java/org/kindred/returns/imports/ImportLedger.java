package org.kindred.returns.imports;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The source rows already imported, keyed by return and the row's identity in the return (its content: table,
 * child, date), not by the collection year: the year is inferred from a file's latest date, so an overlapping
 * file with one more episode infers another year, and a year-keyed ledger would import its reviews again.
 */
@Repository
@RequiredArgsConstructor
class ImportLedger {
    private final JdbcClient jdbc;

    /** Whether any import of this return, for any year, brought the row in. */
    boolean has(String returnName, int year, String key) {
        return jdbc.sql("select count(*) from return_import_ledger where return_name = ? and source_key = ?")
                .params(returnName, key).query(Long.class).single() > 0;
    }

    void add(String returnName, int year, String key, long childId) {
        jdbc.sql("""
                insert into return_import_ledger (return_name, collection_year, source_key, child_id, imported_by)
                values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(returnName, year, key, childId, CurrentUser.get().username()).update();
    }

    /** Of these keys, those any import of this return brought in (one statement for a batch of children). */
    java.util.Set<String> present(String returnName, java.util.Collection<String> keys) {
        if (keys.isEmpty()) return java.util.Set.of();
        return new java.util.HashSet<>(jdbc.sql("""
                        select distinct source_key from return_import_ledger where return_name = ? and source_key = any(?)""")
                .params(returnName, keys.toArray(String[]::new)).query(String.class).list());
    }

    /** As {@link #child}, for many children's keys at once: key to person, for those known. */
    java.util.Map<String, Long> children(String returnName, java.util.Collection<String> childKeys) {
        java.util.Map<String, Long> known = new java.util.HashMap<>();
        if (childKeys.isEmpty()) return known;
        jdbc.sql("""
                        select distinct on (source_key) source_key, child_id from return_import_ledger
                        where return_name = ? and source_key = any(?) order by source_key, id""")
                .params(returnName, childKeys.toArray(String[]::new))
                .query((rs, n) -> known.put(rs.getString(1), rs.getLong(2))).list();
        return known;
    }

    /** A row to add: its key and the person it belongs to. */
    record Entry(String key, long childId) {
    }

    /** As {@link #add}, many rows in one statement. */
    void addAll(String returnName, int year, java.util.List<Entry> entries) {
        if (entries.isEmpty()) return;
        jdbc.sql("""
                insert into return_import_ledger (return_name, collection_year, source_key, child_id, imported_by)
                select ?, ?, k, c, ? from unnest(?::text[], ?::bigint[]) with ordinality as x(k, c, n) order by n
                on conflict do nothing""")
                .params(returnName, year, CurrentUser.get().username(),
                        entries.stream().map(Entry::key).toArray(String[]::new),
                        entries.stream().map(Entry::childId).toArray(Long[]::new))
                .update();
    }

    /** The person a child of this return was matched to or created as, in any year's import. */
    Optional<Long> child(String returnName, String childKey) {
        return jdbc.sql("select child_id from return_import_ledger where return_name = ? and source_key = ? order by id limit 1")
                .params(returnName, childKey).query(Long.class).optional();
    }
}
