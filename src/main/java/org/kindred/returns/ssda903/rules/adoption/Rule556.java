package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The decision to place for adoption should be on or before the freeing order (D1 episode). */
public class Rule556 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        Table placed = table(data, "PlacedAdoption");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            if (!"D1".equals(episodes.get(r, "LS"))) {
                continue;
            }
            for (int p : rowsOfChild(placed, episodes.get(r, "CHILD"))) {
                if (after(date(placed, p, "DATE_PLACED"), date(episodes, r, "DECOM"))) {
                    result.flagRow("Episodes", r);
                }
            }
        }
        return result;
    }
}
