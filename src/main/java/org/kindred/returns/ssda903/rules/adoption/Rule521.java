package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;
import java.util.Set;

/** The decision that adoption is in the child's best interests must be on or before the placement for adoption. */
@RuleDefinition(code = "521", ruleset = "lac2022_23",
        message = "Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be placed) must be on or prior to the date the child is placed for adoption.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "AD1"}, fields = {"PLACE", "DECOM", "DATE_INT"})
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
