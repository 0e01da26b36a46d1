package org.kindred.returns.ssda903.rules.liberty;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A DoLO still open at the end of last year's return must appear, with the same start date, in this year's return. */
public class Rule706 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("DoLo_last")) {
            return RuleResult.skipped("needs DoLo and DoLo_last");
        }
        Table current = table(data, "DoLo");
        Table last = table(data, "DoLo_last");
        Set<List<String>> thisYear = new HashSet<>();
        for (int r = 0; r < current.size(); r++) {
            thisYear.add(Arrays.asList(current.get(r, "CHILD"), current.get(r, "DOLO_START")));
        }
        RuleResult result = new RuleResult();
        for (int r = 0; r < last.size(); r++) {
            boolean open = last.get(r, "DOLO_END") == null;
            if (open && !thisYear.contains(Arrays.asList(last.get(r, "CHILD"), last.get(r, "DOLO_START")))) {
                // As upstream, the row of last year's DoLO is reported under "DoLo".
                result.flagRow("DoLo", r);
            }
        }
        return result;
    }
}
