package org.kindred.returns.imports;

import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The source rows already imported, keyed by return and the row's identity in the return (its content: table,
 * child, date), not by the collection year: the year is inferred from a file's latest date, so an overlapping
 * file with one more episode infers another year, and a year-keyed ledger would import its reviews again.
 */
@Repository
class ImportLedger {
    private final JdbcClient jdbc;

    ImportLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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

    /** The person a child of this return was matched to or created as, in any year's import. */
    Optional<Long> child(String returnName, String childKey) {
        return jdbc.sql("select child_id from return_import_ledger where return_name = ? and source_key = ? order by id limit 1")
                .params(returnName, childKey).query(Long.class).optional();
    }
}
