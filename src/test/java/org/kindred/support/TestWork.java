package org.kindred.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.kindred.shared.chronology.ChronologyEntry;
import org.kindred.shared.work.OpenWorkSource;
import org.kindred.shared.work.WorkItem;
import org.kindred.shared.work.WorkItemSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Deadlines and open work that tests set for their own children (autowire this bean), so "My work" can be tested
 * without depending on which feature modules publish work items. Empty unless a test adds to it. Like a module, it
 * tells the child's chronology when it opens work (ADR 0008: that is how kept lists of open work learn of it).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TestWork implements WorkItemSource, OpenWorkSource {
    private final Map<Long, WorkItem> due = new ConcurrentHashMap<>();
    private final Map<Long, WorkItem> open = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;

    public void due(long childId, String what, LocalDate date) {
        due.put(childId, new WorkItem(childId, what, date, "/children/" + childId));
    }

    public void open(long childId, String what, LocalDate since) {
        open.put(childId, new WorkItem(childId, what, since, "/children/" + childId));
        events.publishEvent(new ChronologyEntry(childId, TestClock.now(), "Test", what + " opened by a test", "test",
                null, null));
    }

    @Override
    public List<WorkItem> dueFor(Collection<Long> childIds, LocalDate horizon) {
        return due.values().stream().filter(i -> childIds.contains(i.childId()) && !i.due().isAfter(horizon)).toList();
    }

    @Override
    public List<WorkItem> openWork(LocalDate today) {
        return List.copyOf(open.values());
    }
}
