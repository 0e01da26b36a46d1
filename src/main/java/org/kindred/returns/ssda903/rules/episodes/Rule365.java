package org.kindred.returns.ssda903.rules.episodes;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A single short-term respite episode (V3) must not last more than 17 days; open episodes end at the collection end. */
public class Rule365 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = Dates.collectionEnd(data);
        Table episodes = data.table("Episodes").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            LocalDate dec = Part2Support.blank(episodes, r, "DEC") ? end : Dates.date(episodes, r, "DEC");
            LocalDate decom = Dates.date(episodes, r, "DECOM");
            if ("V3".equals(episodes.get(r, "LS")) && decom != null && Dates.after(dec, decom.plusDays(17))) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
