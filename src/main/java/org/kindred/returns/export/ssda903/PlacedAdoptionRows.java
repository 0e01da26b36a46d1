package org.kindred.returns.export.ssda903;

import java.util.List;
import java.util.Map;
import org.kindred.care.CareFacts.PlacedForAdoptionFact;
import org.kindred.returns.export.ReturnSource.Rows;

/** PlacedAdoption: decisions that the child should be placed for adoption, open at any time in the year. */
final class PlacedAdoptionRows {
    private PlacedAdoptionRows() {
    }

    static void add(Cohort cohort, List<PlacedForAdoptionFact> decisions, Rows rows) {
        for (PlacedForAdoptionFact d : decisions) {
            if (!cohort.has(d.childId())) continue;
            Map<String, String> r = cohort.row(d.childId(), true);
            r.put("DATE_PLACED", Ssda903Codes.date(d.placed()));
            r.put("DATE_PLACED_CEASED", Ssda903Codes.date(d.ceased()));
            r.put("REASON_PLACED_CEASED", d.reasonCeased());
            rows.add("PlacedAdoption", r);
        }
    }
}
