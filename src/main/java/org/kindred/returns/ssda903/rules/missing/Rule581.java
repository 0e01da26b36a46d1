package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import java.util.List;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A missing period must start during one of the child's episodes of care. */
public class Rule581 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        Table missing = table(data, "Missing");
        RuleResult result = new RuleResult();
        for (int m = 0; m < missing.size(); m++) {
            List<Integer> childEpisodes = rowsOfChild(episodes, missing.get(m, "CHILD"));
            LocalDate start = date(missing, m, "MIS_START");
            boolean inAnEpisode = false;
            for (int e : childEpisodes) {
                LocalDate dec = date(episodes, e, "DEC");
                inAnEpisode |= onOrAfter(start, date(episodes, e, "DECOM")) && (onOrBefore(start, dec) || dec == null);
            }
            if (!childEpisodes.isEmpty() && !inAnEpisode) {
                result.flagRow("Missing", m);
            }
        }
        return result;
    }
}
