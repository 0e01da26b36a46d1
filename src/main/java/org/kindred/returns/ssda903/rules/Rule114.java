package org.kindred.returns.ssda903.rules;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** AD1: the former carer status must be 0 or 1 when given. */
@RuleDefinition(code = "114", ruleset = "lac2022_23",
        message = "Data entry to record the status of former carer(s) of an adopted child is invalid.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"FOSTER_CARE"})
public class Rule114 implements Rule {
    private static final Set<String> CODES = Set.of("0", "1");

    @Override
    public RuleResult check(ReturnData data) {
        Table t = data.table("AD1").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if (t.get(row, "FOSTER_CARE") != null && !CODES.contains(t.get(row, "FOSTER_CARE"))) {
                result.flagRow("AD1", row);
            }
        }
        return result;
    }
}
