package org.kindred.fostering;

import java.time.LocalDate;

/** What the fostering officer's home page shows: how much is open and what is late, each a link to its list. */
public interface FosteringWork {
    Summary summary(LocalDate today);

    /**
     * @param firstResponsesLate enquiries not answered within 1 working day (FirstResponseDue)
     * @param decisionsLate panels held over 7 working days ago with no agency decision (DecisionDue)
     * @param temporaryApprovalsEnding reg. 24 approvals ending within four weeks or ended
     * @param reviewsOverdue households whose annual review (reg. 28) is overdue
     */
    record Summary(long openEnquiries, long firstResponsesLate, long decisionsLate, long temporaryApprovalsEnding,
                   long reviewsOverdue, long openPlacementRequests) {
    }
}
