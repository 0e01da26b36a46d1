package org.kindred.returns.export.ssda903;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kindred.care.CareFacts.PreviousPermanenceFact;
import org.kindred.returns.export.ReturnSource.Rows;

/**
 * PrevPerm: for children who started to be looked after in the year (DfE rules 630 and 634), when recorded; one row
 * per child, for the latest period started (the facts come latest first).
 */
final class PrevPermRows {
    private PrevPermRows() {
    }

    static void add(Cohort cohort, List<PreviousPermanenceFact> recorded, Rows rows) {
        Set<Long> done = new HashSet<>();
        for (PreviousPermanenceFact p : recorded) {
            if (!cohort.has(p.childId()) || !done.add(p.childId())) continue;
            Map<String, String> r = cohort.row(p.childId(), true);
            r.put("PREV_PERM", p.permanence());
            r.put("LA_PERM", p.localAuthority());
            r.put("DATE_PERM", Ssda903Codes.date(p.on()));
            rows.add("PrevPerm", r);
        }
    }
}
