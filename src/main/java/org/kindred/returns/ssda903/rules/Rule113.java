package org.kindred.returns.ssda903.rules;

import static org.kindred.returns.ssda903.rules.Part1Support.badDate;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** AD1: the date of matching child and adopters must be a valid date when given. */
@RuleDefinition(code = "113", ruleset = "lac2022_23",
        message = "Date matching child and adopter(s) is not a valid date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"DATE_MATCH"})
public class Rule113 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table t = data.table("AD1").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if (badDate(t.get(row, "DATE_MATCH"))) {
                result.flagRow("AD1", row);
            }
        }
        return result;
    }
}
