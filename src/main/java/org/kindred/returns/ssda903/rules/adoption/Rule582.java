package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The adoption date (episode end) should not be the same as the date the child was matched with adopters. */
public class Rule582 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        Table ad1 = table(data, "AD1");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            if (!in(episodes.get(r, "REC"), Set.of("E11", "E12"))) {
                continue;
            }
            for (int a : rowsOfChild(ad1, episodes.get(r, "CHILD"))) {
                if (same(episodes.get(r, "DEC"), ad1.get(a, "DATE_MATCH"))) {
                    result.flagRow("Episodes", r);
                }
            }
        }
        return result;
    }
}
