package org.kindred.allocation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.kindred.access.Teams;
import org.kindred.allocation.CaseloadChild;
import org.kindred.allocation.Caseloads;
import org.kindred.allocation.ChangesOfSocialWorker;
import org.kindred.allocation.SocialWorkersInYear;
import org.kindred.allocation.WorkerCaseload;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
@RequiredArgsConstructor
class JdbcCaseloads implements Caseloads {
    private final JdbcClient jdbc;

    private final People people;

    @Override
    public List<CaseloadChild> children(Collection<Long> workerIds, LocalDate today) {
        return withChanges("end_date is null and worker_id = any(?)", today,
                " order by h.worker_name, h.worker_id, h.child_name, h.child_id", (Object) workerIds.toArray(new Long[0]));
    }

    @Override
    public List<CaseloadChild> visibleNamed(List<CaseloadChild> children) {
        Map<Long, Person> named = people.findAll(children.stream().map(CaseloadChild::childId).toList());
        return children.stream().filter(c -> named.containsKey(c.childId()))
                .map(c -> new CaseloadChild(c.childId(), named.get(c.childId()).fullName(), c.workerId(), c.workerName(),
                        c.since(), c.changesInLast12Months(), c.workersInLast12Months()))
                .toList();
    }

    @Override
    public List<WorkerCaseload> perWorker(List<Teams.Member> workers, List<CaseloadChild> children) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        for (CaseloadChild c : children) {
            int[] n = counts.computeIfAbsent(c.workerId(), k -> new int[2]);
            n[0]++;
            n[1] += c.highlighted() ? 1 : 0;
        }
        return lines(workers, counts);
    }

    @Override
    public List<WorkerCaseload> perWorker(List<Teams.Member> workers, LocalDate today) {
        Long[] ids = workers.stream().filter(Teams.Member::worker).map(Teams.Member::userId).distinct()
                .toArray(Long[]::new);
        Map<Long, int[]> counts = new HashMap<>();
        jdbc.sql("""
                with mine as (select child_id, worker_id from allocation where end_date is null and worker_id = any(?)),
                     changed as (select m.worker_id, count(distinct c.worker_id) filter (where c.start_date <= ?
                                        and (c.end_date is null or c.end_date >= ?)) as workers
                                 from mine m join allocation c on c.child_id = m.child_id
                                 group by m.child_id, m.worker_id)
                select worker_id, count(*) as children, count(*) filter (where workers >= ?) as highlighted
                from changed group by worker_id""")
                .params(ids, today, ChangesOfSocialWorker.windowStart(today), SocialWorkersInYear.HIGHLIGHT_FROM)
                .query(rs -> {
                    counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        return lines(workers, counts);
    }

    /** One line per worker who can hold children, in the given order; counts are {children, highlighted}. */
    private static List<WorkerCaseload> lines(List<Teams.Member> workers, Map<Long, int[]> counts) {
        Set<Long> seen = new HashSet<>();
        return workers.stream().filter(Teams.Member::worker).filter(w -> seen.add(w.userId()))
                .map(w -> {
                    int[] n = counts.getOrDefault(w.userId(), new int[2]);
                    return new WorkerCaseload(w.userId(), w.displayName(), w.team(), n[0], n[1]);
                }).toList();
    }

    @Override
    public Map<Long, Long> heldBy(Collection<Long> workerIds) {
        Map<Long, Long> held = new LinkedHashMap<>();
        jdbc.sql("select child_id, worker_id from allocation where end_date is null and worker_id = any(?)")
                .param(workerIds.toArray(new Long[0]))
                .query(rs -> {
                    held.put(rs.getLong(1), rs.getLong(2));
                });
        return held;
    }

    @Override
    public Set<Long> allocatedAmong(Collection<Long> childIds) {
        return new HashSet<>(jdbc.sql("select child_id from allocation where end_date is null and child_id = any(?)")
                .param(childIds.toArray(new Long[0])).query(Long.class).list());
    }

    @Override
    public List<CaseloadChild> heldOn(LocalDate day) {
        // An allocation runs from its start date until the day the next worker started (its end date).
        return withChanges("start_date <= ? and (end_date is null or end_date > ?)", day, "", day, day);
    }

    /**
     * The children of the allocations {@code which} picks, each with their changes of social worker and their workers
     * in the 12 months up to {@code day}: counted for all of them in one join and group, no query (or subquery) per child.
     */
    private List<CaseloadChild> withChanges(String which, LocalDate day, String order, Object... whichParams) {
        List<Object> params = new ArrayList<>(List.of(whichParams));
        params.addAll(List.of(ChangesOfSocialWorker.windowStart(day), day, day, ChangesOfSocialWorker.windowStart(day)));
        return jdbc.sql("""
                with held as (select child_id, child_name, worker_id, worker_name, start_date from allocation
                              where %s)
                select h.child_id, h.child_name, h.worker_id, h.worker_name, h.start_date,
                       count(c.id) filter (where c.change_reason is not null and c.start_date between ? and ?)
                           as changes,
                       count(distinct c.worker_id) filter (where c.start_date <= ? and (c.end_date is null
                           or c.end_date >= ?)) as workers
                from held h join allocation c on c.child_id = h.child_id
                group by h.child_id, h.child_name, h.worker_id, h.worker_name, h.start_date""".formatted(which) + order)
                .params(params)
                .query((rs, n) -> new CaseloadChild(rs.getLong("child_id"), rs.getString("child_name"),
                        rs.getLong("worker_id"), rs.getString("worker_name"),
                        rs.getObject("start_date", LocalDate.class), rs.getInt("changes"), rs.getInt("workers")))
                .list();
    }

    @Override
    public Map<LocalDate, Map<Long, Integer>> heldCounts(Collection<LocalDate> days) {
        Map<LocalDate, Map<Long, Integer>> counts = new HashMap<>();
        jdbc.sql("""
                select d.day, a.worker_id, count(*) from unnest(?::date[]) as d(day)
                join allocation a on a.start_date <= d.day and (a.end_date is null or a.end_date > d.day)
                group by d.day, a.worker_id""")
                .param(days.stream().map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new))
                .query(rs -> {
                    counts.computeIfAbsent(rs.getObject(1, LocalDate.class), k -> new HashMap<>())
                            .put(rs.getLong(2), rs.getInt(3));
                });
        return counts;
    }
}
