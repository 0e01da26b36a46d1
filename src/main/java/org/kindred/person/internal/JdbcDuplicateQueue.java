package org.kindred.person.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.kindred.person.DuplicatePair;
import org.kindred.person.DuplicateQueue;
import org.kindred.person.Person;
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
class JdbcDuplicateQueue implements DuplicateQueue {
    /** Both records visible to the user, and neither merged away since the sweep. */
    private static final String BOTH_VISIBLE = """
            exists (select 1 from person p where p.id = d.left_id and %1$s and %2$s)
            and exists (select 1 from person p where p.id = d.right_id and %1$s and %2$s)"""
            .formatted(PersonRows.VISIBLE, PersonRows.LISTED);
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    private record Row(long id, long left, long right, double probability, String explanation, String status) {
    }

    @Override
    @Transactional
    @CanMerge
    public List<DuplicatePair> open(int limit) {
        List<Row> rows = select("d.status = 'OPEN' order by d.probability desc, d.id limit :limit", -1, limit);
        events.publishEvent(new AuditableAction("LIST", "person_duplicate", null, rows.size() + " open pairs shown"));
        return withPeople(rows);
    }

    @Override
    @Transactional
    @CanMerge
    public DuplicatePair find(long pairId) {
        List<DuplicatePair> pair = withPeople(select("d.id = :id", pairId, 1));
        if (pair.isEmpty()) {
            throw new NotFound("Pair");
        }
        events.publishEvent(new AuditableAction("VIEW", "person_duplicate", Long.toString(pairId), null));
        return pair.get(0);
    }

    @Override
    @Transactional
    @CanMerge
    public void notSame(long pairId) {
        DuplicatePair pair = find(pairId);
        if (!pair.status().equals("OPEN")) {
            throw InvalidInput.of("status", "This pair has already been decided");
        }
        jdbc.sql("""
                update person_duplicate set status = 'NOT_SAME', decided_by = ?, decided_at = now() where id = ?""")
                .params(CurrentUser.get().username(), pairId).update();
        events.publishEvent(new AuditableAction("NOT_SAME", "person_duplicate", Long.toString(pairId),
                pair.left().id() + " and " + pair.right().id()));
    }

    private List<Row> select(String where, long id, int limit) {
        CurrentUser user = CurrentUser.get();
        return jdbc.sql("select d.* from person_duplicate d where " + BOTH_VISIBLE + " and " + where)
                .param("admin", user.administrator()).param("uid", user.id()).param("id", id).param("limit", limit)
                .query(JdbcDuplicateQueue::row).list();
    }

    private List<DuplicatePair> withPeople(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().flatMap(r -> java.util.stream.Stream.of(r.left(), r.right())).toList();
        Map<Long, Person> people = jdbc.sql(PersonRows.SELECT + " where p.id in (:ids)").param("ids", ids)
                .query(PersonRows::map).list().stream().collect(Collectors.toMap(Person::id, Function.identity()));
        return rows.stream().map(r -> new DuplicatePair(r.id(), people.get(r.left()), people.get(r.right()),
                r.probability(), r.explanation(), r.status())).toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("left_id"), rs.getLong("right_id"), rs.getDouble("probability"),
                rs.getString("explanation"), rs.getString("status"));
    }
}
