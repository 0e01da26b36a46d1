package org.kindred.fostering;

import java.time.LocalDate;
import java.util.List;

/** Approved fostering households, their reviews, extensions of temporary approval and deregistration. */
public interface Households {
    /** Current (not deregistered) households, or only those with a vacancy. */
    List<Household> list(boolean vacanciesOnly, int limit);

    Household find(long id);

    Household recordReview(long id, LocalDate on, String supervisingWorker);

    /** One extension of a reg. 24 temporary approval, of up to 8 weeks (reg. 25). */
    Household extendTemporaryApproval(long id, LocalDate until);

    Household deregister(long id, LocalDate on, String reason);

    /** Households whose temporary approval ends within four weeks or has ended, soonest first. */
    List<Household> temporaryApprovalsEnding(LocalDate today);
}
