package org.kindred.allocation.internal;

import org.kindred.shared.time.UkTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.kindred.access.Role;
import org.kindred.access.Teams;
import org.kindred.allocation.StaffEndings;
import org.kindred.allocation.WorkerAllocated;
import org.kindred.allocation.WorkersAllocated;
import org.kindred.chronology.Chronology;
import org.kindred.shared.chronology.ChronologyEntry;
import org.kindred.shared.demo.DemoStep;
import org.kindred.shared.work.WorkItem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo step 900: every child with open work and no worker gets one, with a year's history of changes, spread
 * evenly over the social workers and agreeing with the workforce's leavers, agency engagements and ASYE years where a
 * module tells of them ({@link DemoCauses}). One batch insert; the events other modules keep (social worker
 * episodes, the chronology) are published as for a manager's allocation.
 */
@Component
class AllocationDemo implements DemoStep {
    private final JdbcClient jdbc;
    private final GatheredWork work;
    private final Teams teams;
    private final ApplicationEventPublisher events;
    private final Chronology chronology;
    private final List<StaffEndings> endings;

    AllocationDemo(JdbcClient jdbc, GatheredWork work, Teams teams, ApplicationEventPublisher events,
                   Chronology chronology, List<StaffEndings> endings) {
        this.endings = endings;
        this.chronology = chronology;
        this.jdbc = jdbc;
        this.work = work;
        this.teams = teams;
        this.events = events;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    @Transactional
    public String generate(DemoContext context) {
        if (jdbc.sql("select exists (select 1 from allocation)").query(Boolean.class).single()) {
            return "Allocations: already there";
        }
        Set<Long> seen = new HashSet<>();
        List<Teams.Member> workers = teams.allWorkers().stream()
                .filter(m -> m.roles().contains(Role.SOCIAL_WORKER) && seen.add(m.userId())).toList();
        List<Long> children = work.openWork(context.today()).stream().map(WorkItem::childId).distinct().sorted()
                .toList();
        if (workers.isEmpty() || children.isEmpty()) {
            return "Allocations: none (" + children.size() + " children with open work, " + workers.size()
                    + " social workers)";
        }
        Random random = new Random(context.seed() + 900);
        List<List<DemoHistory.Row>> histories = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            histories.add(new ArrayList<>(DemoHistory.of(children.get(i), workers.get(i % workers.size()), workers,
                    context.today(), random)));
        }
        // The workforce's leavers, ended agency engagements and ASYE years give the changes around their days.
        int caused = endings.stream().mapToInt(e -> DemoCauses.apply(histories,
                e.between(context.today().minusYears(1), context.today()), new Random(context.seed() + 901))).sum();
        List<DemoHistory.Row> rows = histories.stream().flatMap(List::stream).toList();
        Map<String, Long> ids = AllocationDemoRows.insert(jdbc, rows);
        publish(rows, ids, context.today());
        return "Allocations: " + children.size() + " children, " + (rows.size() - children.size())
                + " changes of social worker (" + caused + " as workers left or ended an agency contract or an ASYE), "
                + workers.size() + " social workers";
    }

    private void publish(List<DemoHistory.Row> rows, Map<String, Long> ids, LocalDate today) {
        Map<Long, String> previous = new HashMap<>();
        List<ChronologyEntry> story = new ArrayList<>();
        List<WorkerAllocated> allocated = new ArrayList<>();
        for (DemoHistory.Row r : rows) {
            long id = ids.get(r.childId() + "/" + r.start());
            String name = r.worker().displayName();
            allocated.add(new WorkerAllocated(r.childId(), r.worker().userId(), name, r.start(),
                    r.reason() == null ? null : r.reason().name()));
            String before = previous.put(r.childId(), name);
            String summary = r.reason() == null ? "Allocated to " + name
                    : "Social worker changed from " + before + " to " + name + ": " + r.reason().label();
            Instant at = r.start().atStartOfDay(UkTime.ZONE).toInstant();
            story.add(new ChronologyEntry(r.childId(), at, "Allocation", summary, "allocation",
                    Long.toString(id), "/children/" + r.childId() + "/allocation"));
        }
        // One batch rather than an event per allocation or entry: listeners and the chronology store them in one go.
        events.publishEvent(new WorkersAllocated(allocated));
        chronology.recordAll(story);
    }
}
