package org.kindred.returns.ssda903.rules.outcomes;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** OC2: when a child with a substance misuse problem received no intervention, whether one was offered must be given. */
@RuleDefinition(code = "159", ruleset = "lac2022_23",
        message = "If a child has been recorded as not receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be completed as well.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"OC2"}, fields = {"SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"})
public class Rule159 extends RowRule {
    @Override
    public boolean fails(Table t, int row) {
        return "1".equals(t.get(row, "SUBSTANCE_MISUSE")) && "0".equals(t.get(row, "INTERVENTION_RECEIVED"))
                && t.get(row, "INTERVENTION_OFFERED") == null;
    }
}
