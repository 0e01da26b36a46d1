package org.kindred.allocation.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.kindred.access.Teams;
import org.kindred.allocation.CaseloadChild;
import org.kindred.allocation.Caseloads;
import org.kindred.allocation.DueItem;
import org.kindred.allocation.MyWork;
import org.kindred.allocation.WorkerCaseload;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.WorkingDays;
import org.kindred.shared.work.WorkItem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class HomeWork implements MyWork {
    /** The manager's page shows the oldest-due unallocated items; the count covers them all. */
    static final int UNALLOCATED_SHOWN = 50;
    private final Teams teams;
    private final Caseloads caseloads;
    private final GatheredWork work;
    private final UnallocatedWork unallocatedWork;
    private final People people;
    private final ApplicationEventPublisher events;

    @Override
    @Transactional
    public WorkerHome worker(long userId, LocalDate today) {
        List<CaseloadChild> children = caseloads.visibleNamed(caseloads.children(List.of(userId), today));
        LocalDate horizon = WorkingDays.england().plusWorkingDays(today, HORIZON_WORKING_DAYS);
        List<DueItem> due = items(work.dueFor(ids(children), horizon), byChild(children), today);
        events.publishEvent(new AuditableAction("LIST", "allocation", null, "my work: " + children.size()
                + " children, " + due.size() + " items due"));
        return new WorkerHome(children, due);
    }

    @Override
    @Transactional
    public ManagerHome manager(long userId, LocalDate today) {
        List<Teams.Team> mine = teams.of(userId);
        List<Teams.Member> workers = teams.members(mine.stream().map(Teams.Team::id).toList()).stream()
                .filter(m -> m.worker() && m.userId() != userId).toList();
        Map<Long, Long> held = caseloads.heldBy(workers.stream().map(Teams.Member::userId).collect(Collectors.toSet()));
        List<WorkerCaseload> perWorker = caseloads.perWorker(workers, today);
        List<DueItem> overdue = overdue(work.dueFor(held.keySet(), today.minusDays(1)), held, workers, today);
        Unallocated unallocated = unallocated(today);
        events.publishEvent(new AuditableAction("LIST", "allocation", null, "team caseloads: " + held.size()
                + " children, " + unallocated.children() + " unallocated"));
        return new ManagerHome(mine, perWorker, unallocated.shown(), unallocated.children(), overdue);
    }

    private record Unallocated(List<DueItem> shown, int children) {
    }

    /** The oldest-due unallocated items and how many children in all: only children this manager may see. */
    private Unallocated unallocated(LocalDate today) {
        List<WorkItem> kept = unallocatedWork.on(today);
        Set<Long> hidden = people.hiddenAmong(kept.stream().map(WorkItem::childId).collect(Collectors.toSet()));
        List<WorkItem> all = kept.stream().filter(i -> !hidden.contains(i.childId())).toList();
        List<WorkItem> shown = all.stream().limit(UNALLOCATED_SHOWN).toList();
        Map<Long, Person> named = people.findAll(shown.stream().map(WorkItem::childId).collect(Collectors.toSet()));
        return new Unallocated(shown.stream().filter(i -> named.containsKey(i.childId()))
                .map(i -> DueItem.of(i, named.get(i.childId()).fullName(), null, today)).toList(),
                (int) all.stream().map(WorkItem::childId).distinct().count());
    }

    /** The team's overdue items, named from the register (children the manager may not see are left out). */
    private List<DueItem> overdue(List<WorkItem> items, Map<Long, Long> held, List<Teams.Member> workers,
                                  LocalDate today) {
        Map<Long, String> workerNames = workers.stream()
                .collect(Collectors.toMap(Teams.Member::userId, Teams.Member::displayName, (a, b) -> a));
        Map<Long, Person> named = people.findAll(items.stream().map(WorkItem::childId).collect(Collectors.toSet()));
        return items.stream().filter(i -> named.containsKey(i.childId()))
                .map(i -> DueItem.of(i, named.get(i.childId()).fullName(), workerNames.get(held.get(i.childId())), today))
                .toList();
    }

    private static Set<Long> ids(List<CaseloadChild> children) {
        return children.stream().map(CaseloadChild::childId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Map<Long, CaseloadChild> byChild(List<CaseloadChild> children) {
        return children.stream().collect(Collectors.toMap(CaseloadChild::childId, Function.identity(), (a, b) -> a));
    }

    private static List<DueItem> items(List<WorkItem> items, Map<Long, CaseloadChild> children, LocalDate today) {
        return items.stream().map(i -> DueItem.of(i, children.get(i.childId()), today)).toList();
    }
}
