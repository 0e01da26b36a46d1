package org.kindred.allocation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.kindred.access.Teams;

/** Caseloads per worker and per team, in set-based queries. Reads are audited. */
public interface Caseloads {
    /** The children allocated now to any of the workers, by worker then child. */
    List<CaseloadChild> children(Collection<Long> workerIds, LocalDate today);

    /**
     * The children the signed-in user may see, named as the register names them now (one read, audited as a view):
     * for lists that show names, since the name copied at allocation may be old and a record may since be restricted.
     */
    List<CaseloadChild> visibleNamed(List<CaseloadChild> children);

    /** One line per worker (team members who can hold children), including workers with no children. */
    List<WorkerCaseload> perWorker(List<Teams.Member> workers, List<CaseloadChild> children);

    /**
     * One line per worker, counted in the database (for a manager's page, which needs the numbers, not the
     * children): the same figures as {@link #perWorker(List, List)} over {@link #children}.
     */
    List<WorkerCaseload> perWorker(List<Teams.Member> workers, LocalDate today);

    /** The children allocated now to any of the workers, each with its worker's user id. */
    java.util.Map<Long, Long> heldBy(Collection<Long> workerIds);

    /** Which of the children have a worker now. */
    Set<Long> allocatedAmong(Collection<Long> childIds);

    /**
     * Every child held on the day, history included, with the worker then and the changes and workers in the 12
     * months to the day: ids only (the name copied at allocation, not the register's; not audited as a view).
     */
    List<CaseloadChild> heldOn(LocalDate day);

    /** How many children each worker held on each of the days, history included: day to worker id to children. */
    java.util.Map<LocalDate, java.util.Map<Long, Integer>> heldCounts(Collection<LocalDate> days);
}
