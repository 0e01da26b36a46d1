package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Only a child's latest social worker episode may be left without an end date. */
public class RuleSW08STG2 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table swe = table(data, "SWEpisodes");
        LocalDate[] decom = dates(swe, "SW_DECOM");
        // The latest episode of each child: sorted by start with unknown starts last, the last one.
        Map<String, Integer> latest = new HashMap<>();
        for (int r = 0; r < swe.size(); r++) {
            String child = swe.get(r, "CHILD");
            Integer cur = latest.get(child);
            if (child != null && (cur == null || DATE_ASC_NULLS_LAST.compare(decom[r], decom[cur]) >= 0)) {
                latest.put(child, r);
            }
        }
        RuleResult result = new RuleResult();
        for (int r = 0; r < swe.size(); r++) {
            String child = swe.get(r, "CHILD");
            boolean ended = date(swe.get(r, "SW_DEC")) != null;
            if (child != null && decom[r] != null && !ended && latest.get(child) != r) {
                result.flagRow("SWEpisodes", r);
            }
        }
        return result;
    }
}
