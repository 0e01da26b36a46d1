package org.kindred.returns.ssda903.rules;

import static org.kindred.returns.ssda903.rules.Part1Support.date;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Reviews: the review date must be a valid date. */
@RuleDefinition(code = "166", ruleset = "lac2022_23",
        message = "Date of review is invalid or blank.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Reviews"}, fields = {"REVIEW"})
public class Rule166 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table t = data.table("Reviews").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if (date(t.get(row, "REVIEW")) == null) {
                result.flagRow("Reviews", row);
            }
        }
        return result;
    }
}
