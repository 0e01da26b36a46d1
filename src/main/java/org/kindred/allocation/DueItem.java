package org.kindred.allocation;

import java.time.LocalDate;
import org.kindred.shared.work.WorkItem;

/** Something due on "My work", with the child's name and who holds the child (null when nobody does). */
public record DueItem(long childId, String childName, String workerName, String what, LocalDate due, String link,
                      boolean overdue) {

    public static DueItem of(WorkItem item, CaseloadChild child, LocalDate today) {
        return new DueItem(item.childId(), child == null ? "Child " + item.childId() : child.displayName(),
                child == null ? null : child.workerName(), item.what(), item.due(), item.link(),
                item.overdueOn(today));
    }

    /** An item named from the register; the worker is null for a child nobody holds. */
    public static DueItem of(WorkItem item, String childName, String workerName, LocalDate today) {
        return new DueItem(item.childId(), childName, workerName, item.what(), item.due(), item.link(),
                item.overdueOn(today));
    }
}
