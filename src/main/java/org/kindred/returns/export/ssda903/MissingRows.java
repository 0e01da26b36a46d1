package org.kindred.returns.export.ssda903;

import java.util.List;
import java.util.Map;
import org.kindred.care.CareFacts.MissingFact;
import org.kindred.returns.export.ReturnSource.Rows;

/**
 * Missing: missing (M) and away without authorisation (A) episodes at any time in the year, dates in UK time; one
 * that ended after 31 March is returned as still open (DfE rule 571).
 */
final class MissingRows {
    private MissingRows() {
    }

    static void add(Cohort cohort, List<MissingFact> missing, Rows rows) {
        for (MissingFact m : missing) {
            if (!cohort.has(m.childId())) continue;
            Map<String, String> r = cohort.row(m.childId(), true);
            r.put("MISSING", m.kind());
            r.put("MIS_START", Ssda903Codes.date(m.started()));
            r.put("MIS_END", cohort.ceasedBy(m.ended()) ? Ssda903Codes.date(m.ended()) : null);
            rows.add("Missing", r);
        }
    }
}
