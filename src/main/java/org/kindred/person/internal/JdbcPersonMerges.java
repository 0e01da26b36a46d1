package org.kindred.person.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.kindred.person.PersonMerge;
import org.kindred.person.PersonMerges;
import org.kindred.person.PersonReferences.PersonColumn;
import org.kindred.person.PersonReferences;
import org.kindred.person.PersonRegistered;
import org.kindred.person.PersonRoles.CanMerge;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class JdbcPersonMerges implements PersonMerges {
    private static final String SELECT = """
            select m.*, (select count(*) from person_merge_moved_row r where r.merge_id = m.id) as rows_moved
            from person_merge m""";
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final VisiblePeople visible;
    private final List<PersonReferences> references;

    @Override
    @Transactional
    @CanMerge
    public PersonMerge merge(long survivorId, long mergedId, String reason) {
        MergeCheck.check(jdbc, visible, survivorId, mergedId, reason);
        lock(survivorId, mergedId);
        String who = CurrentUser.get().username();
        long mergeId = jdbc.sql("""
                insert into person_merge (survivor_id, merged_id, reason, merged_by) values (?, ?, ?, ?) returning id""")
                .params(survivorId, mergedId, reason.trim(), who).query(Long.class).single();
        int moved = 0;
        for (PersonColumn c : columns()) {
            List<String> keys = MovedRows.move(jdbc, c, mergedId, survivorId);
            jdbc.sql("""
                    insert into person_merge_moved_row (merge_id, table_name, column_name, key_column, key_value)
                    select ?, ?, ?, ?, unnest(?::text[])""")
                    .params(mergeId, c.table(), c.column(), c.keyColumn(), keys.toArray(new String[0])).update();
            moved += keys.size();
        }
        jdbc.sql("""
                update person_duplicate set status = 'MERGED', decided_by = ?, decided_at = now(), merge_id = ?
                where left_id = least(?, ?) and right_id = greatest(?, ?) and status = 'OPEN'""")
                .params(who, mergeId, survivorId, mergedId, survivorId, mergedId).update();
        changed("MERGE", mergeId, survivorId, mergedId, moved + " rows moved from " + mergedId + " to " + survivorId);
        return load(mergeId);
    }

    @Override
    @Transactional
    @CanMerge
    public PersonMerge unmerge(long mergeId) {
        // A merge touching a record the user may not see does not exist for them: the same answer as no merge at all.
        PersonMerge merge = find(mergeId).filter(this::visibleToUser).orElseThrow(() -> new NotFound("Merge"));
        if (!merge.inForce()) {
            throw InvalidInput.of("mergeId", "This merge has already been undone");
        }
        lock(merge.survivorId(), merge.mergedId());
        movedRows(mergeId).forEach((column, keys) ->
                MovedRows.moveBack(jdbc, column, List.copyOf(keys), merge.survivorId(), merge.mergedId()));
        jdbc.sql("update person_merge set unmerged_by = ?, unmerged_at = now() where id = ?")
                .params(CurrentUser.get().username(), mergeId).update();
        jdbc.sql("""
                update person_duplicate set status = 'OPEN', decided_by = null, decided_at = null, merge_id = null
                where merge_id = ?""").param(mergeId).update();
        changed("UNMERGE", mergeId, merge.survivorId(), merge.mergedId(), merge.rowsMoved() + " rows moved back to "
                + merge.mergedId());
        return load(mergeId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonMerge> mergedInto(long personId) {
        return jdbc.sql(SELECT + " where m.merged_id = ? and m.unmerged_at is null").param(personId)
                .query(JdbcPersonMerges::map).optional().filter(this::visibleToUser);
    }

    /** Restricted means invisible: a merge is shown only to a user who may see both of its records. */
    private boolean visibleToUser(PersonMerge merge) {
        return visible.canSee(merge.survivorId()) && visible.canSee(merge.mergedId());
    }

    /** Every column naming a person, each once, in a stable order (the register's own first). */
    private Set<PersonColumn> columns() {
        Set<PersonColumn> columns = new LinkedHashSet<>();
        references.stream().sorted((a, b) -> Boolean.compare(!(a instanceof RegisterReferences),
                !(b instanceof RegisterReferences))).forEach(r -> columns.addAll(r.personColumns()));
        return columns;
    }

    private Map<PersonColumn, List<String>> movedRows(long mergeId) {
        Map<PersonColumn, List<String>> rows = new LinkedHashMap<>();
        jdbc.sql("select * from person_merge_moved_row where merge_id = ? order by id").param(mergeId).query(rs -> {
            rows.computeIfAbsent(new PersonColumn(rs.getString("table_name"), rs.getString("column_name"),
                    rs.getString("key_column")), k -> new java.util.ArrayList<>()).add(rs.getString("key_value"));
        });
        return rows;
    }

    private void lock(long a, long b) {
        jdbc.sql("select id from person where id in (?, ?) order by id for update").params(a, b).query(Long.class).list();
    }

    private void changed(String action, long mergeId, long survivorId, long mergedId, String detail) {
        events.publishEvent(new AuditableAction(action, "person", Long.toString(mergedId), "merge " + mergeId + ": " + detail));
        events.publishEvent(new AuditableAction(action, "person", Long.toString(survivorId), "merge " + mergeId + ": " + detail));
        events.publishEvent(new PersonRegistered(mergedId));
        events.publishEvent(new PersonRegistered(survivorId));
    }

    private Optional<PersonMerge> find(long id) {
        return jdbc.sql(SELECT + " where m.id = ?").param(id).query(JdbcPersonMerges::map).optional();
    }

    private PersonMerge load(long id) { return find(id).orElseThrow(); }

    private static PersonMerge map(ResultSet rs, int n) throws SQLException {
        Timestamp unmerged = rs.getTimestamp("unmerged_at");
        return new PersonMerge(rs.getLong("id"), rs.getLong("survivor_id"), rs.getLong("merged_id"), rs.getString("reason"),
                rs.getString("merged_by"), rs.getTimestamp("merged_at").toInstant(), rs.getString("unmerged_by"),
                unmerged == null ? null : unmerged.toInstant(), rs.getInt("rows_moved"));
    }
}
