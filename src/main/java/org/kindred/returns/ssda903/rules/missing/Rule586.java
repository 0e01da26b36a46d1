package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** A missing period cannot start on or before the child's date of birth. */
@RuleDefinition(code = "586", ruleset = "lac2022_23",
        message = "Dates of missing periods are before child’s date of birth.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Missing"}, fields = {"MIS_START"})
public class Rule586 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, "Missing", (missing, r) -> onOrBefore(date(missing, r, "MIS_START"), date(missing, r, "DOB")));
    }
}
