package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A social worker episode ending more than 5 days before collection end must be followed within 5 days by the next one. */
public class RuleSW11aSTG2 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = collectionEnd(data);
        if (end == null) {
            return RuleResult.skipped("no collection end");
        }
        Table swe = table(data, "SWEpisodes");
        LocalDate[] decom = dates(swe, "SW_DECOM");
        LocalDate[] dec = dates(swe, "SW_DEC");
        List<Integer> rows = allRows(swe);
        rows.sort(Comparator.comparing((Integer r) -> swe.get(r, "CHILD"), TEXT_ASC_NULLS_LAST)
                .thenComparing(r -> decom[r], DATE_ASC_NULLS_LAST));
        RuleResult result = new RuleResult();
        for (int i = 1; i < rows.size(); i++) {
            int cur = rows.get(i);
            int prev = rows.get(i - 1);
            boolean sameChild = swe.get(cur, "CHILD") != null && same(swe.get(cur, "CHILD"), swe.get(prev, "CHILD"));
            if (!sameChild || dec[prev] == null || dec[prev].isAfter(end.minusDays(5))) {
                continue;
            }
            boolean followsOn = decom[cur] != null
                    && !decom[cur].isBefore(dec[prev].minusDays(5)) && !decom[cur].isAfter(dec[prev].plusDays(5));
            if (!followsOn) {
                result.flagRow("SWEpisodes", cur);
            }
        }
        return result;
    }
}
