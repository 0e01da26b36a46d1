package org.kindred.returns.ssda903.rules.adoption;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * For a child adopted (E1, E11, E12): placement A2, A3 or A5 means adoption by the foster carer, so
 * FOSTER_CARE must not be 0; placement A1, A4 or A6 means not, so FOSTER_CARE must not be 1.
 */
public class Rule335 implements Rule {
    private static final Set<String> ADOPTED = Set.of("E1", "E11", "E12");
    private static final Set<String> BY_FOSTER_CARER = Set.of("A2", "A3", "A5");
    private static final Set<String> NOT_BY_FOSTER_CARER = Set.of("A1", "A4", "A6");

    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = Part2Support.table(data, "Episodes");
        Table ad1 = Part2Support.table(data, "AD1");
        Map<String, List<Integer>> ad1ByChild = Part2Support.rowsBy(ad1, "CHILD");
        RuleResult result = new RuleResult();
        for (int e = 0; e < episodes.size(); e++) {
            if (!Part2Support.in(episodes, e, "REC", ADOPTED)) {
                continue;
            }
            for (int a : Part2Support.matches(ad1ByChild, episodes, e)) {
                String foster = ad1.get(a, "FOSTER_CARE");
                if ((Part2Support.in(episodes, e, "PLACE", BY_FOSTER_CARER) && "0".equals(foster))
                        || (Part2Support.in(episodes, e, "PLACE", NOT_BY_FOSTER_CARER) && "1".equals(foster))) {
                    result.flagRow("Episodes", e);
                    result.flagRow("AD1", a);
                }
            }
        }
        return result;
    }
}
