package org.kindred.allocation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.shared.work.OpenWorkSource;
import org.kindred.shared.work.WorkItem;
import org.kindred.shared.work.WorkItemSource;
import org.springframework.stereotype.Component;

/** Every module's deadlines and open work, gathered: one query per module, never one per child. */
@Component
@RequiredArgsConstructor
class GatheredWork {
    /** Overdue first, then by due date. */
    static final Comparator<WorkItem> ORDER = Comparator.comparing(WorkItem::due).thenComparing(WorkItem::childId);

    private final List<WorkItemSource> due;
    private final List<OpenWorkSource> open;

    List<WorkItem> dueFor(Collection<Long> childIds, LocalDate horizon) {
        List<WorkItem> items = new ArrayList<>();
        if (!childIds.isEmpty()) {
            due.forEach(s -> items.addAll(s.dueFor(childIds, horizon)));
        }
        items.sort(ORDER);
        return items;
    }

    List<WorkItem> openWork(LocalDate today) {
        List<WorkItem> items = new ArrayList<>();
        open.forEach(s -> items.addAll(s.openWork(today)));
        items.sort(ORDER);
        return items;
    }
}
