package org.kindred.workforce.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.allocation.ChangeReason;
import org.kindred.allocation.StaffEndings;
import org.kindred.workforce.Asye;
import org.kindred.workforce.Asyes;
import org.kindred.workforce.EmploymentType;
import org.kindred.workforce.LeavingReason;
import org.kindred.workforce.Staff;
import org.kindred.workforce.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Endings from the employment records, for allocation's demo history: a case holder's leaving (all their children,
 * a caseload of 10 to 15), an agency engagement's end (the same), and an ASYE year's end (the worker moves on from
 * the protected caseload of an assessment team: a few of their children go to others).
 */
@Component
@RequiredArgsConstructor
class RecordedStaffEndings implements StaffEndings {
    private final Staff staff;
    private final Asyes asyes;

    @Override
    public List<Ending> between(LocalDate from, LocalDate to) {
        List<Ending> out = new ArrayList<>();
        for (StaffMember s : staff.all()) {
            if (s.role().caseHolder() && s.leavingDate() != null && !s.leavingDate().isBefore(from)
                    && !s.leavingDate().isAfter(to)) {
                boolean contract = s.type() == EmploymentType.AGENCY || s.leavingReason() == LeavingReason.END_OF_CONTRACT;
                out.add(new Ending(s.userId(), s.username(), s.displayName(), s.team(), s.startDate(), s.leavingDate(),
                        contract ? ChangeReason.FCONTA : ChangeReason.LEFTRL, 10 + (int) (s.id() % 6)));
            }
        }
        for (Asye a : asyes.all()) {
            if (!a.end().isBefore(from) && !a.end().isAfter(to)) {
                staff.find(a.staffId()).filter(s -> s.leavingDate() == null || s.leavingDate().isAfter(a.end()))
                        .ifPresent(s -> out.add(new Ending(s.userId(), s.username(), s.displayName(), s.team(),
                                a.start(), a.end(), ChangeReason.MANAGE, 4 + (int) (a.id() % 3))));
            }
        }
        out.sort(Comparator.comparing(Ending::on).thenComparing(Ending::userId));
        return out;
    }
}
