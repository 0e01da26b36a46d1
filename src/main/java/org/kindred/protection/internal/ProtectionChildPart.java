package org.kindred.protection.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.kindred.protection.CategoryOfAbuse;
import org.kindred.shared.childpage.ChildFact;
import org.kindred.shared.childpage.ChildPagePart;
import org.kindred.shared.childpage.ChildPageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The child's page: an open child protection plan (category, since), an open child in need plan, a repeat plan
 * (a plan before this one, at any time: {@link org.kindred.protection.RepeatPlan}) and the chair of the latest
 * conference. One query.
 */
@Component
@RequiredArgsConstructor
class ProtectionChildPart implements ChildPageSource {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private final JdbcClient jdbc;

    private record Row(String category, LocalDate since, boolean atBirth, int previous, LocalDate cinSince,
                       String chair, LocalDate chairedOn) {
    }

    @Override
    public Optional<ChildPagePart> partFor(long childId, LocalDate today) {
        Row r = jdbc.sql("""
                select p.latest_category, p.start_date, p.starts_at_birth,
                       (select count(*) from cp_plan q where q.child_id = :id and q.deleted_at is null
                           and q.icpc_date < p.icpc_date) as previous,
                       (select c.start_date from cin_plan c where c.child_id = :id and c.end_date is null
                           and c.deleted_at is null) as cin_since,
                       (select f.chair from cp_conference f where f.child_id = :id and f.deleted_at is null
                           order by f.held_on desc, f.id desc limit 1) as chair,
                       (select max(f.held_on) from cp_conference f where f.child_id = :id and f.deleted_at is null)
                           as chaired_on
                from (select 1) one
                left join cp_plan p on p.child_id = :id and p.end_date is null and p.deleted_at is null""")
                .param("id", childId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBoolean(3),
                        rs.getInt(4), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getObject(7, LocalDate.class)))
                .single();
        List<ChildFact> status = new ArrayList<>();
        List<ChildFact> alerts = new ArrayList<>();
        List<ChildFact> people = new ArrayList<>();
        String cp = "/children/" + childId + "/protection";
        if (r.category() != null) {
            String category = CategoryOfAbuse.from(r.category()).map(CategoryOfAbuse::label).orElse(r.category());
            status.add(ChildFact.of("Child protection plan", category + (r.since() != null
                    ? ", since " + DAY.format(r.since()) : r.atBirth() ? ", from birth" : ""), cp));
            if (r.previous() > 0) {
                alerts.add(ChildFact.flag("Repeat plan", r.previous() == 1 ? "One child protection plan before this one"
                        : r.previous() + " child protection plans before this one", cp));
            }
        }
        if (r.cinSince() != null) {
            status.add(ChildFact.of("Child in need plan", "Since " + DAY.format(r.cinSince()),
                    "/children/" + childId + "/cin-plans"));
        }
        if (r.chair() != null && r.category() != null) {
            people.add(ChildFact.of("Conference chair", r.chair() + " (last conference " + DAY.format(r.chairedOn())
                    + ")", cp));
        }
        if (status.isEmpty() && people.isEmpty()) return Optional.empty();
        return Optional.of(ChildPagePart.facts(20, status, alerts, people));
    }
}
