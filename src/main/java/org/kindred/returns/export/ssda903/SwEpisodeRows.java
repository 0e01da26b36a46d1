package org.kindred.returns.export.ssda903;

import java.util.List;
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
        List<SocialWorkerFact> lookedAfter = episodes.stream()
                .filter(e -> cohort.lookedAfter().contains(e.childId())).toList();
        cohort.rows("SWEpisodes", lookedAfter, SocialWorkerFact::childId, true, rows, (e, r) -> {
            r.put("SW_ID", e.workerId());
            r.put("SW_DECOM", Ssda903Codes.date(e.started()));
            r.put("SW_DEC", cohort.ceasedBy(e.ended()) ? Ssda903Codes.date(e.ended()) : null);
            r.put("SW_REASON", e.reason());
        });
    }
}
