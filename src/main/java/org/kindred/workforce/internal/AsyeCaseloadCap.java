package org.kindred.workforce.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.kindred.allocation.CaseloadCaps;
import org.kindred.workforce.Asyes;
import org.kindred.workforce.Staff;
import org.kindred.workforce.StaffMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** An ASYE's protected caseload ({@code kindred.workforce.asye-caseload-cap}, 12 children by default) for allocation. */
@Component
class AsyeCaseloadCap implements CaseloadCaps {
    private final Staff staff;
    private final Asyes asyes;
    private final int cap;

    AsyeCaseloadCap(Staff staff, Asyes asyes, @Value("${kindred.workforce.asye-caseload-cap:12}") int cap) {
        this.staff = staff;
        this.asyes = asyes;
        this.cap = cap;
    }

    @Override
    public Optional<Cap> capFor(long workerId, LocalDate day) {
        return staff.all().stream().filter(s -> s.userId() == workerId && s.inPostOn(day)).findFirst()
                .map(StaffMember::id).flatMap(asyes::ofStaff).filter(a -> a.inYearOn(day))
                .map(a -> new Cap(cap, a.name() + " is in their ASYE until " + a.end()
                        + ": their caseload is protected at " + cap + " children"));
    }

}
