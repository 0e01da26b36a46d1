package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * A new social worker episode must start within 7 days of the end of the child's previous one; from 2024/25 not when
 * the reason is FCONTA.
 */
public class RuleSW10STG2 extends RuleVersion {
    private final boolean exemptsFconta = ruleset().equals("lac2024_25");

    public RuleSW10STG2(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        Table swe = table(data, "SWEpisodes");
        LocalDate[] decom = dates(swe, "SW_DECOM");
        LocalDate[] dec = dates(swe, "SW_DEC");
        List<Integer> rows = allRows(swe);
        rows.sort(Comparator.comparing((Integer r) -> swe.get(r, "CHILD"), TEXT_ASC_NULLS_LAST)
                .thenComparing(r -> decom[r], DATE_ASC_NULLS_LAST)
                .thenComparing(r -> dec[r], DATE_ASC_NULLS_LAST));
        RuleResult result = new RuleResult();
        for (int i = 1; i < rows.size(); i++) {
            int cur = rows.get(i);
            int prev = rows.get(i - 1);
            if (!same(swe.get(cur, "CHILD"), swe.get(prev, "CHILD")) || (exemptsFconta && "FCONTA".equals(swe.get(cur, "SW_REASON")))) {
                continue;
            }
            // The new episode must start within 7 days either side of the previous episode's end.
            boolean withinAWeek = decom[cur] != null && dec[prev] != null
                    && !decom[cur].isBefore(dec[prev].minusDays(7)) && !decom[cur].isAfter(dec[prev].plusDays(7));
            if (!withinAWeek) {
                result.flagRow("SWEpisodes", cur);
            }
        }
        return result;
    }
}
