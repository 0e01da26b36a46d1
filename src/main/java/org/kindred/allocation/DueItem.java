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

    /** An item of a child nobody holds, named from the register. */
    public static DueItem named(WorkItem item, String childName, LocalDate today) {
        return new DueItem(item.childId(), childName, null, item.what(), item.due(), item.link(), item.overdueOn(today));
    }
}
