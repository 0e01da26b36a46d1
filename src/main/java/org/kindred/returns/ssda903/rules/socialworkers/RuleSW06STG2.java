package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A social worker episode must not start after the end of the collection year. */
public class RuleSW06STG2 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = collectionEnd(data);
        if (end == null) {
            return RuleResult.skipped("no collection end");
        }
        Table swe = data.table("SWEpisodes").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < swe.size(); r++) {
            LocalDate decom = date(swe.get(r, "SW_DECOM"));
            if (decom != null && decom.isAfter(end)) {
                result.flagRow("SWEpisodes", r);
            }
        }
        return result;
    }
}
