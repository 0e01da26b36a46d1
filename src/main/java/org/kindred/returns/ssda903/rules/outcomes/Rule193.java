package org.kindred.returns.ssda903.rules.outcomes;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** OC2: a child without a substance misuse problem must have the intervention items blank. */
@RuleDefinition(code = "193", ruleset = "lac2022_23",
        message = "Child not identified as having a substance misuse problem but at least one of the two additional items on whether an intervention were offered and received have been completed.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"OC2"}, fields = {"SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"})
public class Rule193 extends RowRule {
    @Override
    public boolean fails(Table t, int row) {
        return (t.get(row, "SUBSTANCE_MISUSE") == null || "0".equals(t.get(row, "SUBSTANCE_MISUSE")))
                && (t.get(row, "INTERVENTION_RECEIVED") != null || t.get(row, "INTERVENTION_OFFERED") != null);
    }
}
