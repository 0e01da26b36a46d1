package org.kindred.returns.export.ssda903;

import static org.kindred.returns.export.ssda903.Ssda903Codes.code;
import static org.kindred.returns.export.ssda903.Ssda903Codes.date;

import java.util.List;
import org.kindred.care.CareFacts.EpisodeFact;
import org.kindred.person.Person;
import org.kindred.returns.export.ReturnSource.Rows;

/**
 * Episodes: every episode open at any time in the year; HOME_POST from the register's address (none for a UASC
 * child); URN as recorded. An episode that ceased after 31 March was open at the year's end, so it is returned
 * without DEC, REC and REASON_PLACE_CHANGE (DfE rule 385: DEC on or before the collection end; 388: no X1 without its successor).
 */
final class EpisodeRows {
    private EpisodeRows() {
    }

    static void add(Cohort cohort, List<EpisodeFact> episodes, java.util.Set<Long> uasc, Rows rows) {
        cohort.rows("Episodes", episodes, EpisodeFact::childId, false, rows, (e, r) -> {
            Person p = cohort.child(e.childId());
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
            // An unaccompanied asylum-seeking child had no home here before care: no HOME_POST (392b does not ask
            // for one), so no distance is derived from it (406: a UASC child's distance should be blank).
            r.put("HOME_POST", p.address() == null || uasc.contains(e.childId()) ? null : p.address().postcode());
            r.put("PL_POST", e.placementPostcode());
            r.put("URN", e.urn());
        });
    }
}
