package org.kindred.returns.ssda903.rules.adoption;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * For a child adopted (E1, E11, E12): placement A2, A3 or A5 means adoption by the foster carer, so
 * FOSTER_CARE must not be 0; placement A1, A4 or A6 means not, so FOSTER_CARE must not be 1.
 */
public class Rule335 implements Rule, Join.Test {
    private static final Set<String> ADOPTED = Set.of("E1", "E11", "E12");
    private static final Set<String> BY_FOSTER_CARER = Set.of("A2", "A3", "A5");
    private static final Set<String> NOT_BY_FOSTER_CARER = Set.of("A1", "A4", "A6");

    @Override
    public RuleResult check(ReturnData data) {
        return Join.flagBlankAsMissing(data, "Episodes", "AD1", Join.Flag.ROW_AND_MATCH, this);
    }

    @Override
    public boolean joins(ReturnData data, Table episodes, int e) {
        return Part2Support.in(episodes, e, "REC", ADOPTED);
    }

    @Override
    public boolean fails(ReturnData data, Table episodes, int e, Table ad1, int a) {
        String foster = ad1.get(a, "FOSTER_CARE");
        return (Part2Support.in(episodes, e, "PLACE", BY_FOSTER_CARER) && "0".equals(foster))
                || (Part2Support.in(episodes, e, "PLACE", NOT_BY_FOSTER_CARER) && "1".equals(foster));
    }
}
