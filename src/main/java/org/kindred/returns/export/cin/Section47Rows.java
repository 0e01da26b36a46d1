package org.kindred.returns.export.cin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.protection.ProtectionFacts.Section47Fact;
import org.kindred.returns.export.cin.UnderReferral.Pending;

/** Section47: enquiries in the year; a conference held after 31 March is left out. */
final class Section47Rows {
    private Section47Rows() {
    }

    static void add(List<Section47Fact> enquiries, LocalDate end, List<Pending> pending) {
        for (Section47Fact s : enquiries) {
            Map<String, String> r = CinCodes.row(s.childId());
            r.put("S47ActualStartDate", CinCodes.date(s.started()));
            r.put("InitialCPCtarget", CinCodes.date(s.conferenceTarget()));
            r.put("DateOfInitialCPC", CinCodes.dateBy(s.conferenceHeld(), end));
            r.put("ICPCnotRequired", CinCodes.flag(s.conferenceNotRequired()));
            pending.add(new Pending("Section47", s.childId(), s.started(), r));
        }
    }
}
