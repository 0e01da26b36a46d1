package org.kindred.person.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.kindred.person.Families;
import org.kindred.person.Family;
import org.kindred.person.NewRelationship;
import org.kindred.person.PersonKind;
import org.kindred.person.RelationshipKind;
import org.kindred.person.Relative;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class JdbcFamilies implements Families {
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final VisiblePeople visible;

    @Override
    @Transactional
    public Family of(long personId) {
        visible.require(personId);
        Family family = unaudited(personId);
        events.publishEvent(new AuditableAction("VIEW_FAMILY", "person", Long.toString(personId),
                family.relationships().size() + " relationships, " + family.household().size() + " in household"));
        return family;
    }

    @Override
    @Transactional
    public Map<Long, List<Relative>> childrenOf(java.util.Collection<Long> parentIds) {
        Map<Long, List<Relative>> children = new LinkedHashMap<>();
        if (parentIds.isEmpty()) return children;
        CurrentUser user = CurrentUser.get();
        jdbc.sql(FamilySql.CHILDREN).param("ids", parentIds.toArray(new Long[0])).param("admin", user.administrator())
                .param("uid", user.id())
                .query((rs, n) -> {
                    List<Relative> mine = children.computeIfAbsent(rs.getLong("parent"), k -> new ArrayList<>());
                    Relative child = relative(rs, RelationshipKind.CHILD.label());
                    if (mine.stream().noneMatch(r -> r.personId() == child.personId())) mine.add(child);
                    return child;
                }).list();
        events.publishEvent(new AuditableAction("VIEW_FAMILY", "person", null,
                "children of " + parentIds.size() + " people: " + parentIds));
        return children;
    }

    /** The family of a person the caller has already found visible; the caller audits. */
    Family unaudited(long personId) {
        return new Family(relationships(personId), query(FamilySql.HOUSEHOLD, personId, "Lives at the same address"),
                siblings(personId));
    }

    private List<Relative> relationships(long id) {
        // Both directions may be recorded (siblings usually are): each relative is shown once.
        Map<Long, Relative> byPerson = new LinkedHashMap<>();
        select(FamilySql.RELATIONSHIPS, id).query((rs, n) -> {
            RelationshipKind kind = RelationshipKind.valueOf(rs.getString("kind"));
            return relative(rs, rs.getBoolean("forward") ? kind.label() : kind.inverseLabel());
        }).list().forEach(r -> byPerson.putIfAbsent(r.personId(), r));
        return new ArrayList<>(byPerson.values());
    }

    private List<Relative> siblings(long id) {
        return select(FamilySql.SIBLINGS, id).query((rs, n) -> relative(rs,
                SiblingLabel.of(new HashSet<>(List.of(rs.getString("kinds").split(",")))))).list();
    }

    private List<Relative> query(String sql, long id, String label) {
        return select(sql, id).query((rs, n) -> relative(rs, label)).list();
    }

    private JdbcClient.StatementSpec select(String sql, long id) {
        CurrentUser user = CurrentUser.get();
        return jdbc.sql(sql).param("id", id).param("admin", user.administrator()).param("uid", user.id());
    }

    private static Relative relative(ResultSet rs, String relationship) throws SQLException {
        return new Relative(rs.getLong("id"), rs.getString("given_names") + " " + rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class), PersonKind.valueOf(rs.getString("person_kind")),
                relationship);
    }

    @Override
    @Transactional
    public Relative relate(long personId, NewRelationship in) {
        visible.require(personId);
        Problems p = new Problems();
        RelationshipKind kind = kind(in.kind());
        if (kind == null) {
            p.add("kind", "Select how they are related");
        }
        Long related = relatedId(p, in.relatedId(), personId);
        p.throwIfAny();
        boolean exists = jdbc.sql("""
                select count(*) from person_relationship where person_id = ? and related_id = ? and kind = ?""")
                .params(personId, related, kind.name()).query(Long.class).single() > 0;
        if (exists) {
            throw InvalidInput.of("relatedId", "This relationship is already recorded");
        }
        jdbc.sql("insert into person_relationship (person_id, related_id, kind, created_by) values (?, ?, ?, ?)")
                .params(personId, related, kind.name(), CurrentUser.get().username()).update();
        events.publishEvent(new AuditableAction("ADD_RELATIONSHIP", "person", Long.toString(personId),
                related + " is " + kind.name()));
        return relationships(personId).stream().filter(r -> r.personId() == related).findFirst().orElseThrow();
    }

    private Long relatedId(Problems p, String text, long personId) {
        if (text == null || text.isBlank()) {
            p.add("relatedId", "Enter the record number of the related person");
            return null;
        }
        try {
            long id = Long.parseLong(text.trim());
            if (id == personId) {
                p.add("relatedId", "A person cannot be related to themselves");
            } else if (!visible.canSee(id)) {
                p.add("relatedId", "There is no person with record number " + id);
            }
            return id;
        } catch (NumberFormatException e) {
            p.add("relatedId", "Record number must be a number, like 1234");
            return null;
        }
    }

    private static RelationshipKind kind(String text) {
        try {
            return text == null || text.isBlank() ? null : RelationshipKind.valueOf(text.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
