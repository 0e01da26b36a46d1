package org.kindred.care.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.care.LookedAfterChildren;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class JdbcLookedAfterChildren implements LookedAfterChildren {
    private static final String OPEN = "decom <= ? and (dec is null or dec > ?)";
    private final JdbcClient jdbc;
    private final People people;

    record Row(long childId, LocalDate since, String place, String postcode) {
    }

    @Override
    @Transactional
    public Page list(LocalDate today, int page, int size) {
        int p = Math.max(0, page);
        int s = Math.max(1, Math.min(size, 200));
        List<Long> all = jdbc.sql("select child_id from care_episode where " + OPEN + " order by child_id")
                .params(today, today).query(Long.class).list();
        java.util.Set<Long> hidden = people.hiddenAmong(all);
        List<Long> visible = all.stream().filter(id -> !hidden.contains(id)).toList();
        List<Long> slice = visible.subList(Math.min(visible.size(), p * s), Math.min(visible.size(), p * s + s));
        if (slice.isEmpty()) return new Page(p, s, visible.size(), List.of());
        List<Row> rows = jdbc.sql("select child_id, period_start, place, pl_post from care_episode where " + OPEN
                        + " and child_id = any(?) order by child_id")
                .params(today, today, slice.toArray(Long[]::new))
                .query((rs, i) -> new Row(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4)))
                .list();
        Map<Long, Person> named = people.findAll(slice);
        List<Child> children = new ArrayList<>();
        for (Row r : rows) {
            Person person = named.get(r.childId());
            if (person == null) continue;
            children.add(new Child(r.childId(), person.fullName(), person.dateOfBirth(), r.since(), r.place(), r.postcode()));
        }
        return new Page(p, s, visible.size(), children);
    }

    @Override
    @Transactional
    public boolean lookedAfterOn(long childId, LocalDate day) {
        if (!people.hiddenAmong(List.of(childId)).isEmpty()) return false;
        return jdbc.sql("select exists (select 1 from care_episode where child_id = ? and " + OPEN + ")")
                .params(childId, day, day).query(Boolean.class).single();
    }
}
