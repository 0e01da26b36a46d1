package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Each child's latest social worker episode must still be open at 31 March. */
public class RuleSW17STG2 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table swe = table(data, "SWEpisodes");
        LocalDate[] decom = dates(swe, "SW_DECOM");
        List<Integer> rows = allRows(swe);
        rows.sort(Comparator.comparing((Integer r) -> decom[r], DATE_DESC_NULLS_LAST));
        Set<String> seen = new HashSet<>();
        RuleResult result = new RuleResult();
        for (int r : rows) {
            if (seen.add(swe.get(r, "CHILD")) && notNa(swe.get(r, "SW_DEC"))) {
                result.flagRow("SWEpisodes", r);
            }
        }
        return result;
    }
}
