package org.kindred.returns.export.ssda903;

import java.util.List;
import org.kindred.care.CareFacts.LeaverOutcomeFact;
import org.kindred.returns.export.ReturnSource.Rows;

/** OC3: the information recorded at the birthday (17 to 21) that fell in the year. */
final class Oc3Rows {
    private Oc3Rows() {
    }

    static void add(Cohort cohort, List<LeaverOutcomeFact> outcomes, Rows rows) {
        List<LeaverOutcomeFact> atBirthdays = outcomes.stream().filter(o -> cohort.has(o.childId())
                && cohort.within(cohort.child(o.childId()).dateOfBirth().plusYears(o.age()))).toList();
        cohort.rows("OC3", atBirthdays, LeaverOutcomeFact::childId, true, rows, (o, r) -> {
            r.put("IN_TOUCH", Ssda903Codes.code(o.inTouch()));
            r.put("ACTIV", Ssda903Codes.code(o.activity()));
            r.put("ACCOM", Ssda903Codes.code(o.accommodation()));
        });
    }
}
