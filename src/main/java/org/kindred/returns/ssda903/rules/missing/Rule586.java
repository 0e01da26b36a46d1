package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** A missing period cannot start on or before the child's date of birth. */
@RuleDefinition(code = "586", ruleset = "lac2022_23",
        message = "Dates of missing periods are before child’s date of birth.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Missing"}, fields = {"MIS_START"})
public class Rule586 extends RowRule {
    @Override
    public boolean fails(Table missing, int r) {
        return onOrBefore(date(missing, r, "MIS_START"), date(missing, r, "DOB"));
    }
}
