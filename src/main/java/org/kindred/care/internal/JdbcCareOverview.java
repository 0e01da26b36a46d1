package org.kindred.care.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.kindred.care.CareOverview;
import org.kindred.care.CareRoles.CanOverseeCare;
import org.kindred.person.People;
import org.kindred.shared.AuditableAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Set-based queries over care_episode, care_sw_episode, missing_episode and care_due, one per list. */
@Service
@RequiredArgsConstructor
class JdbcCareOverview implements CareOverview {
    static final int LIMIT = 25;
    /** Temporary placements (T0 to T4) and changes of legal status only (L) are not placements. */
    private static final String PLACEMENTS = """
            select e.child_id, count(*)::int n, max(e.decom) d from care_episode e
            join care_due c on c.child_id = e.child_id and c.looked_after
            where e.decom <= :today and (e.dec is null or e.dec > :from)
              and (e.decom <= :from or e.rne <> 'L') and e.place not in ('T0', 'T1', 'T2', 'T3', 'T4')
            group by e.child_id having count(*) >= 3""";
    private static final String WORKERS = """
            select s.child_id, count(distinct s.sw_id)::int n, max(s.sw_decom) d from care_sw_episode s
            join care_due c on c.child_id = s.child_id and c.looked_after
            where s.sw_decom <= :today and (s.sw_dec is null or s.sw_dec >= :from)
            group by s.child_id having count(distinct s.sw_id) >= 3""";
    private static final String MISSING = """
            select child_id, null::int n, min(started_at at time zone 'Europe/London')::date d from missing_episode
            where ended_at is null and deleted_at is null group by child_id""";
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final CareChanges changes;
    private final People people;
    private volatile Cached cached;

    /**
     * The summary computed for a day at a count of changes, for viewers who may not see the same records (most
     * viewers: every restricted child without a grant): the same for them until any of the three moves on.
     */
    private record Cached(LocalDate today, long version, Set<Long> hidden, Summary summary) {
    }

    @Override
    @Transactional
    @CanOverseeCare
    public Summary on(LocalDate today) {
        events.publishEvent(new AuditableAction("VIEW", "care_overview", today.toString(), null));
        long version = changes.version();
        Set<Long> hidden = people.hiddenFromUser();
        Cached c = cached;
        if (c != null && c.today().equals(today) && c.version() == version && c.hidden().equals(hidden)) {
            return c.summary();
        }
        Summary summary = compute(today, hidden.toArray(Long[]::new));
        cached = new Cached(today, version, Set.copyOf(hidden), summary);
        return summary;
    }

    /** One list of the overview: its rows' query and their order. */
    private record OverviewList(String id, String title, String sql, String order) {
        static OverviewList due(String id, String title, String column) {
            return new OverviewList(id, title, "select child_id, null::int n, " + column + " d from care_due where looked_after and "
                    + column + " < :today", "d");
        }
    }

    private static final List<OverviewList> LISTS = List.of(
            new OverviewList("placements", "Three or more placements in the last 12 months", PLACEMENTS, "n desc, d desc"),
            new OverviewList("workers", "Three or more social workers in the last 12 months", WORKERS, "n desc, d desc"),
            new OverviewList("missing", "Missing now", MISSING, "d"),
            OverviewList.due("reviews", "Looked-after reviews overdue", "review_due"),
            OverviewList.due("visits", "Statutory visits overdue", "visit_due"),
            OverviewList.due("health", "Health assessments overdue", "health_due"),
            OverviewList.due("peps", "Personal education plans overdue", "pep_due"),
            new OverviewList("pathway", "Pathway plans overdue", """
                    select child_id, null::int n, pathway_due d from care_due where pathway_due < :today""", "d"));

    @Override
    @Transactional
    @CanOverseeCare
    public Optional<Section> section(String id, LocalDate today, int page) {
        Optional<OverviewList> list = LISTS.stream().filter(l -> l.id().equals(id)).findFirst();
        if (list.isEmpty()) return Optional.empty();
        events.publishEvent(new AuditableAction("VIEW", "care_overview", today + " " + id + " page " + page, null));
        Long[] hidden = people.hiddenFromUser().toArray(Long[]::new);
        return Optional.of(section(hidden, list.get(), today, PAGE_SIZE, (long) Math.max(page, 0) * PAGE_SIZE));
    }

    /** Restricted means invisible: a child the viewer may not see is neither listed nor counted. */
    private Summary compute(LocalDate today, Long[] hidden) {
        List<Section> sections = LISTS.stream().map(l -> section(hidden, l, today, LIMIT, 0)).toList();
        long[] counts = jdbc.sql("select count(*) filter (where looked_after), count(*) filter (where leaver) from care_due"
                        + " where child_id <> all(:hidden)").param("hidden", hidden)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return new Summary(today, counts[0], counts[1], sections);
    }

    /**
     * Rows and the total in one statement: the count is a window over the same rows. A page past the end has no rows
     * but still the total, so the page can say how many there are.
     */
    private Section section(Long[] hidden, OverviewList list, LocalDate today, int limit, long offset) {
        long[] total = {-1};
        List<Row> rows = jdbc.sql("select child_id, n, d, count(*) over () total from (" + list.sql() + ") x"
                        + " where child_id <> all(:hidden) order by " + list.order() + ", child_id limit " + limit
                        + " offset " + offset)
                .param("hidden", hidden).param("today", today).param("from", today.minusMonths(12))
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new Row(rs.getLong("child_id"), (Integer) rs.getObject("n"), rs.getObject("d", LocalDate.class));
                }).list();
        if (total[0] < 0) {
            total[0] = rows.isEmpty() && offset > 0 ? jdbc.sql("select count(*) from (" + list.sql() + ") x"
                            + " where child_id <> all(:hidden)").param("hidden", hidden).param("today", today)
                    .param("from", today.minusMonths(12)).query(Long.class).single() : 0;
        }
        return new Section(list.id(), list.title(), total[0], rows);
    }
}
