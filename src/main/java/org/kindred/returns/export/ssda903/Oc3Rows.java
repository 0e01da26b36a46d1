package org.kindred.returns.export.ssda903;

import java.util.List;
import java.util.Map;
import org.kindred.care.CareFacts.LeaverOutcomeFact;
import org.kindred.returns.export.ReturnSource.Rows;

/** OC3: the information recorded at the birthday (17 to 21) that fell in the year. */
final class Oc3Rows {
    private Oc3Rows() {
    }

    static void add(Cohort cohort, List<LeaverOutcomeFact> outcomes, Rows rows) {
        for (LeaverOutcomeFact o : outcomes) {
            if (!cohort.has(o.childId())
                    || !cohort.within(cohort.child(o.childId()).dateOfBirth().plusYears(o.age()))) continue;
            Map<String, String> r = cohort.row(o.childId(), true);
            r.put("IN_TOUCH", Ssda903Codes.code(o.inTouch()));
            r.put("ACTIV", Ssda903Codes.code(o.activity()));
            r.put("ACCOM", Ssda903Codes.code(o.accommodation()));
            rows.add("OC3", r);
        }
    }
}
