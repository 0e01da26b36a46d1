package org.kindred.returns.ssda903.rules;

import static org.kindred.returns.ssda903.rules.Part1Support.badDate;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** PlacedAdoption: the date of the decision no longer to place for adoption must be a valid date when given. */
@RuleDefinition(code = "116", ruleset = "lac2022_23",
        message = "Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"PlacedAdoption"}, fields = {"DATE_PLACED_CEASED"})
public class Rule116 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table t = data.table("PlacedAdoption").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if (badDate(t.get(row, "DATE_PLACED_CEASED"))) {
                result.flagRow("PlacedAdoption", row);
            }
        }
        return result;
    }
}
