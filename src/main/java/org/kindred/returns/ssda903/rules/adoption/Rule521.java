package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The decision that adoption is in the child's best interests must be on or before the placement for adoption. */
public class Rule521 implements Rule {
    private static final Set<String> ADOPTION_PLACEMENTS = Set.of("A3", "A4", "A5", "A6");

    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        Table ad1 = table(data, "AD1");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            if (!in(episodes.get(r, "PLACE"), ADOPTION_PLACEMENTS)) {
                continue;
            }
            for (int a : rowsOfChild(ad1, episodes.get(r, "CHILD"))) {
                if (after(date(ad1, a, "DATE_INT"), date(episodes, r, "DECOM"))) {
                    result.flagRow("Episodes", r);
                    result.flagRow("AD1", a);
                }
            }
        }
        return result;
    }
}
