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

/** The adoption date (episode end) should not be the same as the date the child was matched with adopters. */
@RuleDefinition(code = "582", ruleset = "lac2022_23",
        message = "Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the date reported for being matched with adopters. In most circumstances we expect the date the child is matched with adopters to be before the date of adoption.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "AD1"}, fields = {"DEC", "DATE_MATCH"})
public class Rule582 implements Rule, Join.Test {
    private static final Set<String> ADOPTED = Set.of("E11", "E12");

    @Override
    public RuleResult check(ReturnData data) {
        return Join.flag(data, "Episodes", "AD1", Join.Flag.ROW, this);
    }

    @Override
    public boolean joins(ReturnData data, Table episodes, int r) {
        return in(episodes.get(r, "REC"), ADOPTED);
    }

    @Override
    public boolean fails(ReturnData data, Table episodes, int r, Table ad1, int a) {
        return same(episodes.get(r, "DEC"), ad1.get(a, "DATE_MATCH"));
    }
}
