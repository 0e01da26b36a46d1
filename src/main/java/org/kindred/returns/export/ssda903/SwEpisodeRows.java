package org.kindred.returns.export.ssda903;

import java.util.List;
import java.util.Map;
import org.kindred.care.CareFacts.SocialWorkerFact;
import org.kindred.returns.export.ReturnSource.Rows;

/**
 * SWEpisodes: social worker episodes in the year for children looked after in it; one that ended after 31 March is
 * returned as open (DfE rules SW07 and SW17: an episode open at 31 March). Care leavers who were not looked after in
 * the year are not in this table.
 */
final class SwEpisodeRows {
    private SwEpisodeRows() {
    }

    static void add(Cohort cohort, List<SocialWorkerFact> episodes, Rows rows) {
        for (SocialWorkerFact e : episodes) {
            if (!cohort.has(e.childId()) || !cohort.lookedAfter().contains(e.childId())) continue;
            Map<String, String> r = cohort.row(e.childId(), true);
            r.put("SW_ID", e.workerId());
            r.put("SW_DECOM", Ssda903Codes.date(e.started()));
            r.put("SW_DEC", cohort.ceasedBy(e.ended()) ? Ssda903Codes.date(e.ended()) : null);
            r.put("SW_REASON", e.reason());
            rows.add("SWEpisodes", r);
        }
    }
}
