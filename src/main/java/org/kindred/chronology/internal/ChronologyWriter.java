package org.kindred.chronology.internal;

import java.sql.Timestamp;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.kindred.shared.chronology.ChronologyEntry;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores every step a module publishes, synchronously and in the publisher's transaction (as the audit writer does):
 * a step is never recorded without its place in the chronology, nor the other way round.
 */
@Component
@RequiredArgsConstructor
class ChronologyWriter {
    private final JdbcClient jdbc;
    private final BulkChronology bulk;

    /** A batch command's steps, in one statement. */
    @EventListener
    void on(org.kindred.shared.chronology.ChronologyEntries batch) {
        bulk.insert(batch.entries());
    }

    @EventListener
    void on(ChronologyEntry e) {
        jdbc.sql("""
                insert into chronology_entry (child_id, occurred_at, category, summary, source_type, source_id, link,
                                              created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.childId(), Timestamp.from(e.occurredAt()), e.category(), e.summary(), e.sourceType(),
                        e.sourceId(), e.link(), CurrentUser.find().map(CurrentUser::username).orElse("system"))
                .update();
    }
}
