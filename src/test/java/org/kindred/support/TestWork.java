package org.kindred.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kindred.shared.chronology.ChronologyEntry;
import org.kindred.shared.work.OpenWorkSource;
import org.kindred.shared.work.WorkItem;
import org.kindred.shared.work.WorkItemSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Deadlines and open work that tests set for their own children, so "My work" can be tested without depending on
 * which feature modules publish work items. Empty unless a test adds to it. Like a module, it tells the child's
 * chronology when it opens work (ADR 0007: that is how kept lists of open work learn of it).
 */
@Component
public class TestWork implements WorkItemSource, OpenWorkSource {
    private static final Map<Long, WorkItem> DUE = new ConcurrentHashMap<>();
    private static final Map<Long, WorkItem> OPEN = new ConcurrentHashMap<>();
    private static volatile ApplicationEventPublisher events;

    TestWork(ApplicationEventPublisher events) {
        TestWork.events = events;
    }

    public static void due(long childId, String what, LocalDate due) {
        DUE.put(childId, new WorkItem(childId, what, due, "/children/" + childId));
    }

    public static void open(long childId, String what, LocalDate due) {
        OPEN.put(childId, new WorkItem(childId, what, due, "/children/" + childId));
        events.publishEvent(new ChronologyEntry(childId, Instant.now(), "Test", what + " opened by a test", "test",
                null, null));
    }

    @Override
    public List<WorkItem> dueFor(Collection<Long> childIds, LocalDate horizon) {
        return DUE.values().stream().filter(i -> childIds.contains(i.childId()) && !i.due().isAfter(horizon)).toList();
    }

    @Override
    public List<WorkItem> openWork(LocalDate today) {
        return List.copyOf(OPEN.values());
    }
}
