package org.kindred.returns.ssda903.rules.outcomes;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** OC2: a child with a substance misuse problem must have whether an intervention was received completed. */
@RuleDefinition(code = "192", ruleset = "lac2022_23",
        message = "Child has been identified as having a substance misuse problem but the additional item on whether an intervention was received has been left blank.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"OC2"}, fields = {"SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED"})
public class Rule192 extends RowRule {
    @Override
    public boolean fails(Table t, int row) {
        return "1".equals(t.get(row, "SUBSTANCE_MISUSE")) && t.get(row, "INTERVENTION_RECEIVED") == null;
    }
}
