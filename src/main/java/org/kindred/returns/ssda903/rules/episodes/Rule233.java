package org.kindred.returns.ssda903.rules.episodes;

import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * An episode that has not ceased must not record a reason for placement change. The reference tool reads
 * the end date from a DATE_EPISODE_CEASED column; files carry it as DEC, which is used when that column is absent.
 */
public class Rule233 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = Part2Support.table(data, "Episodes");
        String ceased = episodes.hasColumn("DATE_EPISODE_CEASED") ? "DATE_EPISODE_CEASED" : "DEC";
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            if (Part2Support.blank(episodes, r, ceased) && Part2Support.present(episodes, r, "REASON_PLACE_CHANGE")) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
