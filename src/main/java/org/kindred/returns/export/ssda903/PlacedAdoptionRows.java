package org.kindred.returns.export.ssda903;

import java.util.List;
import org.kindred.care.CareFacts.PlacedForAdoptionFact;
import org.kindred.returns.export.ReturnSource.Rows;

/** PlacedAdoption: decisions that the child should be placed for adoption, open at any time in the year. */
final class PlacedAdoptionRows {
    private PlacedAdoptionRows() {
    }

    static void add(Cohort cohort, List<PlacedForAdoptionFact> decisions, Rows rows) {
        cohort.rows("PlacedAdoption", decisions, PlacedForAdoptionFact::childId, true, rows, (d, r) -> {
            r.put("DATE_PLACED", Ssda903Codes.date(d.placed()));
            r.put("DATE_PLACED_CEASED", Ssda903Codes.date(d.ceased()));
            r.put("REASON_PLACED_CEASED", d.reasonCeased());
        });
    }
}
