package org.kindred.returns.export.ssda903;

import static org.kindred.returns.export.ssda903.Ssda903Codes.code;
import static org.kindred.returns.export.ssda903.Ssda903Codes.date;

import java.util.List;
import java.util.Map;
import org.kindred.care.CareFacts.EpisodeFact;
import org.kindred.person.Person;
import org.kindred.returns.export.ReturnSource.Rows;

/**
 * Episodes: every episode open at any time in the year; HOME_POST from the register's address; URN as recorded. An
 * episode that ceased after 31 March was open at the year's end, so it is returned without DEC, REC and
 * REASON_PLACE_CHANGE (DfE rule 385: DEC on or before the collection end; 388: no X1 without its successor).
 */
final class EpisodeRows {
    private EpisodeRows() {
    }

    static void add(Cohort cohort, List<EpisodeFact> episodes, Rows rows) {
        for (EpisodeFact e : episodes) {
            if (!cohort.has(e.childId())) continue;
            Person p = cohort.child(e.childId());
            Map<String, String> r = cohort.row(e.childId(), false);
            r.put("DECOM", date(e.started()));
            r.put("RNE", code(e.reasonNew()));
            r.put("LS", code(e.legalStatus()));
            r.put("CIN", code(e.categoryOfNeed()));
            r.put("PLACE", code(e.placement()));
            r.put("PLACE_PROVIDER", code(e.provider()));
            boolean ceased = cohort.ceasedBy(e.ceased());
            r.put("DEC", ceased ? date(e.ceased()) : null);
            r.put("REC", ceased ? code(e.reasonCeased()) : null);
            r.put("REASON_PLACE_CHANGE", ceased ? code(e.placementChangeReason()) : null);
            r.put("HOME_POST", p.address() == null ? null : p.address().postcode());
            r.put("PL_POST", e.placementPostcode());
            r.put("URN", e.urn());
            rows.add("Episodes", r);
        }
    }
}
