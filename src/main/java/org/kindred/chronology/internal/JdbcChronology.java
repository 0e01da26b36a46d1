package org.kindred.chronology.internal;

import org.kindred.shared.time.UkTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.access.CurrentUser;
import org.kindred.chronology.Chronology;
import org.kindred.chronology.ChronologyItem;
import org.kindred.chronology.NewChronologyEntry;
import org.kindred.person.People;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.shared.chronology.ChronologyEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcChronology implements Chronology {
    private final JdbcClient jdbc;
    private final People people;
    private final ApplicationEventPublisher events;
    private final BulkChronology bulk;
    private final Clock clock;

    JdbcChronology(JdbcClient jdbc, People people, ApplicationEventPublisher events, BulkChronology bulk,
                   Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.events = events;
        this.bulk = bulk;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    public List<ChronologyItem> forChild(long childId, String category) {
        visibleChild(childId);
        boolean all = category == null || category.isBlank();
        List<ChronologyItem> items = jdbc.sql("select * from chronology_entry where child_id = :child"
                        + (all ? "" : " and category = :category") + " order by occurred_at desc, id desc")
                .param("child", childId).param("category", all ? "" : category.trim())
                .query(JdbcChronology::map).list();
        events.publishEvent(new AuditableAction("LIST", "chronology", Long.toString(childId),
                items.size() + " entries shown" + (all ? "" : ", category " + category.trim())));
        return items;
    }

    @Override
    @Transactional
    public List<String> categories(long childId) {
        visibleChild(childId);
        return jdbc.sql("select distinct category from chronology_entry where child_id = ? order by category")
                .params(childId).query(String.class).list();
    }

    @Override
    @Transactional
    @CanRecordCases
    public ChronologyItem add(long childId, NewChronologyEntry entry) {
        visibleChild(childId);
        LocalDate today = UkTime.today(clock);
        EntryCheck.Valid v = EntryCheck.validate(entry, today);
        Instant at = v.date().equals(today) ? clock.instant() : v.date().atTime(LocalTime.NOON).atZone(UkTime.ZONE).toInstant();
        long id = jdbc.sql("""
                insert into chronology_entry (child_id, occurred_at, category, summary, hand_written, created_by)
                values (?, ?, ?, ?, true, ?) returning id""")
                .params(childId, Timestamp.from(at), v.category(), v.text(), CurrentUser.get().username())
                .query(Long.class).single();
        events.publishEvent(new AuditableAction("CREATE", "chronology_entry", Long.toString(id),
                "child " + childId + ", " + v.category()));
        return load(childId, id).orElseThrow();
    }

    @Override
    @Transactional
    @CanRecordCases
    public ChronologyItem strikeOut(long childId, long entryId, String reason) {
        visibleChild(childId);
        ChronologyItem item = load(childId, entryId).orElseThrow(() -> new NotFound("Chronology entry"));
        if (!item.handWritten()) {
            throw InvalidInput.of("reason", "Only entries written by hand can be struck out: correct the record itself");
        }
        if (item.struckOut()) throw InvalidInput.of("reason", "This entry has already been struck out");
        if (reason == null || reason.isBlank()) throw InvalidInput.of("reason", "Enter why the entry is wrong");
        jdbc.sql("""
                update chronology_entry set struck_out_at = ?, struck_out_by = ?, struck_out_reason = ?
                where id = ? and struck_out_at is null""")
                .params(Timestamp.from(clock.instant()), CurrentUser.get().username(), reason.trim(), entryId).update();
        events.publishEvent(new AuditableAction("STRIKE_OUT", "chronology_entry", Long.toString(entryId),
                reason.trim()));
        return load(childId, entryId).orElseThrow();
    }

    @Override
    @Transactional
    public int recordAll(List<ChronologyEntry> entries) {
        return bulk.insert(entries);
    }

    private void visibleChild(long childId) {
        if (people.find(childId).isEmpty()) throw new NotFound("Child");
    }

    private Optional<ChronologyItem> load(long childId, long id) {
        return jdbc.sql("select * from chronology_entry where id = ? and child_id = ?").params(id, childId)
                .query(JdbcChronology::map).optional();
    }

    static ChronologyItem map(ResultSet rs, int n) throws SQLException {
        return new ChronologyItem(rs.getLong("id"), rs.getLong("child_id"), instant(rs, "occurred_at"),
                rs.getString("category"), rs.getString("summary"), rs.getString("source_type"),
                rs.getString("source_id"), rs.getString("link"), rs.getBoolean("hand_written"),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "struck_out_at"),
                rs.getString("struck_out_by"), rs.getString("struck_out_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
