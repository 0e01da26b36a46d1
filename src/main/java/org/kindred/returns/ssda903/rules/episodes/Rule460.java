package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** An episode ending because the child stayed with carers at 18 (E17) cannot end before the 18th birthday. */
public class Rule460 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        Table header = table(data, "Header");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            if (!"E17".equals(episodes.get(r, "REC"))) {
                continue;
            }
            for (int h : rowsOfChild(header, episodes.get(r, "CHILD"))) {
                if (after(plusYears(date(header, h, "DOB"), 18), date(episodes, r, "DEC"))) {
                    result.flagRow("Episodes", r);
                }
            }
        }
        return result;
    }
}
