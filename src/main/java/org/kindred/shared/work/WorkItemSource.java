package org.kindred.shared.work;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * A feature module's deadlines for a set of children (a worker's caseload or a team's), implemented by a bean
 * in each module that has statutory clocks. One set-based query per module keeps "My work" fast.
 */
public interface WorkItemSource {

    /** Items due on or before {@code horizon} (overdue ones included) for the given children. */
    List<WorkItem> dueFor(Collection<Long> childIds, LocalDate horizon);
}
