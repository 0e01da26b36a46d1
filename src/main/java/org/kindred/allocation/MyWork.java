package org.kindred.allocation;

import java.time.LocalDate;
import java.util.List;
import org.kindred.access.Teams;

/**
 * The "My work" home page: a worker's children and what is due in the next 10 working days (overdue first);
 * a manager's team caseloads, unallocated work and the team's overdue items. Gathers every module's
 * {@link org.kindred.shared.work.WorkItemSource} and {@link org.kindred.shared.work.OpenWorkSource}.
 */
public interface MyWork {
    /** How many working days ahead a worker's list looks. */
    int HORIZON_WORKING_DAYS = 10;

    record WorkerHome(List<CaseloadChild> children, List<DueItem> due) {
        public long overdue() { return due.stream().filter(DueItem::overdue).count(); }
    }

    /** @param unallocated the oldest-due unallocated items shown, @param unallocatedChildren how many in all */
    record ManagerHome(List<Teams.Team> teams, List<WorkerCaseload> caseloads, List<DueItem> unallocated,
                       int unallocatedChildren, List<DueItem> overdue) {
        public int children() { return caseloads.stream().mapToInt(WorkerCaseload::children).sum(); }

        public int highlighted() { return caseloads.stream().mapToInt(WorkerCaseload::highlighted).sum(); }
    }

    WorkerHome worker(long userId, LocalDate today);

    ManagerHome manager(long userId, LocalDate today);
}
