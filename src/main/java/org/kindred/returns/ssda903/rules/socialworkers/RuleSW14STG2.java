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

/** Every social worker episode except the child's latest must have an end date. */
public class RuleSW14STG2 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table swe = table(data, "SWEpisodes");
        LocalDate[] decom = dates(swe, "SW_DECOM");
        // The latest episode by start date (upstream orders the dates as text), the later row on ties.
        Map<String, Integer> latest = new HashMap<>();
        for (int r = 0; r < swe.size(); r++) {
            Integer cur = latest.get(swe.get(r, "CHILD"));
            if (cur == null || DATE_ASC_NULLS_LAST.compare(decom[r], decom[cur]) >= 0) {
                latest.put(swe.get(r, "CHILD"), r);
            }
        }
        RuleResult result = new RuleResult();
        for (int r = 0; r < swe.size(); r++) {
            if (date(swe.get(r, "SW_DEC")) == null && latest.get(swe.get(r, "CHILD")) != r) {
                result.flagRow("SWEpisodes", r);
            }
        }
        return result;
    }
}
