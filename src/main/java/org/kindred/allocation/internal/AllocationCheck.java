package org.kindred.allocation.internal;

import org.kindred.shared.DateInput;
import java.time.LocalDate;
import org.kindred.access.Teams;
import org.kindred.access.UserView;
import org.kindred.allocation.Allocation;
import org.kindred.allocation.ChangeReason;
import org.kindred.allocation.NewAllocation;
import org.kindred.shared.Problems;

/** Checks an allocation against the child's current one: every problem becomes a field error, nothing is changed. */
final class AllocationCheck {
    private AllocationCheck() {
    }

    record Valid(UserView worker, LocalDate start, ChangeReason reason) {
    }

    static Valid validate(NewAllocation in, Allocation current, UserView worker, LocalDate today) {
        Problems p = new Problems();
        if (in.workerId() == null) {
            p.add("workerId", "Select the social worker");
        } else if (worker == null || !worker.enabled() || !Teams.isWorker(worker.roles())) {
            p.add("workerId", "Select a social worker or front-door worker");
        } else if (current != null && current.workerId() == worker.id()) {
            p.add("workerId", "The child is already allocated to " + worker.displayName());
        }
        LocalDate start = date(p, in.startDate());
        if (start != null && start.isAfter(today)) {
            p.add("startDate", "Start date must be today or in the past");
        } else if (start != null && current != null && start.isBefore(current.startDate())) {
            p.add("startDate", "Start date must be on or after " + current.startDate()
                    + ", when the current worker started");
        }
        ChangeReason reason = null;
        if (current != null) {
            if (in.reason() == null || in.reason().isBlank()) {
                p.add("reason", "Select the reason for the change of social worker");
            } else {
                reason = ChangeReason.fromCode(in.reason()).orElse(null);
                if (reason == null) {
                    p.add("reason", "Select a reason from the list");
                }
            }
        }
        p.throwIfAny();
        return new Valid(worker, start, reason);
    }

    private static LocalDate date(Problems p, String text) {
        if (text == null || text.isBlank()) {
            p.add("startDate", "Enter the date the allocation starts");
            return null;
        }
        return DateInput.iso(p, "startDate", text, "Start date");
    }
}
