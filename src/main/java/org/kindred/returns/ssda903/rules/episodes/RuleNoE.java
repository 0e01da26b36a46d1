package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child whose episode started before this year must have episodes in last year's return. */
public class RuleNoE implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("Episodes_last")) {
            return RuleResult.skipped("needs Episodes and Episodes_last");
        }
        LocalDate start = collectionStart(data);
        if (start == null) {
            return RuleResult.skipped("no collection start");
        }
        Set<String> lastYear = children(table(data, "Episodes_last"));
        Table epi = data.table("Episodes").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < epi.size(); r++) {
            LocalDate decom = date(epi.get(r, "DECOM"));
            if (decom != null && decom.isBefore(start) && !lastYear.contains(epi.get(r, "CHILD"))) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
