package org.kindred.returns.export.ssda903;

import java.util.List;
import java.util.Map;
import org.kindred.care.CareFacts.UascFact;
import org.kindred.person.Person;
import org.kindred.returns.export.ReturnSource.Rows;

/** UASC: children with the status at any time in the year (from before its end, ceasing in or after it). */
final class UascRows {
    private UascRows() {
    }

    static void add(Cohort cohort, List<UascFact> uasc, Rows rows) {
        for (UascFact u : uasc) {
            if (!cohort.has(u.childId())) continue;
            Person p = cohort.child(u.childId());
            Map<String, String> r = cohort.row(u.childId(), false);
            r.put("SEX", Ssda903Codes.sex(p.sex(), cohort.year()));
            r.put("DOB", Ssda903Codes.date(p.dateOfBirth()));
            r.put("DUC", Ssda903Codes.date(u.ceased()));
            rows.add("UASC", r);
        }
    }
}
