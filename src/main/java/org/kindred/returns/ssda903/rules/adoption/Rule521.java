package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;
import java.util.Set;

/** The decision that adoption is in the child's best interests must be on or before the placement for adoption. */
public class Rule521 implements Rule, Join.Test {
    private static final Set<String> ADOPTION_PLACEMENTS = Set.of("A3", "A4", "A5", "A6");

    @Override
    public RuleResult check(ReturnData data) {
        return Join.flag(data, "Episodes", "AD1", Join.Flag.ROW_AND_MATCH, this);
    }

    @Override
    public boolean joins(ReturnData data, Table episodes, int r) {
        return in(episodes.get(r, "PLACE"), ADOPTION_PLACEMENTS);
    }

    @Override
    public boolean fails(ReturnData data, Table episodes, int r, Table ad1, int a) {
        return after(date(ad1, a, "DATE_INT"), date(episodes, r, "DECOM"));
    }
}
