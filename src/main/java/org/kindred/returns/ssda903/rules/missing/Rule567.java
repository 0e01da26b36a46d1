package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** A missing period cannot end before it started. */
@RuleDefinition(code = "567", ruleset = "lac2022_23",
        message = "The date that the missing episode or episode that the child was away from placement without authorisation ended is before the date that it started.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Missing"}, fields = {"MIS_START", "MIS_END"})
public class Rule567 extends RowRule {
    @Override
    public boolean fails(Table missing, int r) {
        return after(date(missing, r, "MIS_START"), date(missing, r, "MIS_END"));
    }
}
