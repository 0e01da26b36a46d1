package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child looked after on 31 March (open episode, not V3/V4) must have complete social worker episode information. */
public class RuleSW01STG1 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table swe = table(data, "SWEpisodes");
        Table epi = table(data, "Episodes");
        Map<String, List<Integer>> sweRows = rowsByChild(swe);
        RuleResult result = new RuleResult();
        for (int e = 0; e < epi.size(); e++) {
            if (notNa(epi.get(e, "DEC")) || in(epi.get(e, "LS"), "V3", "V4")) {
                continue;
            }
            List<Integer> matches = rowsOf(sweRows, epi.get(e, "CHILD"));
            boolean incomplete = matches.isEmpty();
            for (int s : matches) {
                incomplete |= na(swe.get(s, "SW_ID")) || na(swe.get(s, "SW_DECOM")) || na(swe.get(s, "SW_REASON"));
            }
            if (incomplete) {
                // Upstream reports the row number of the episode, under the SWEpisodes table.
                result.flagRow("SWEpisodes", e);
            }
        }
        return result;
    }
}
