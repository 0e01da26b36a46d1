package org.kindred.returns.ssda903.rules.socialworkers;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** A social worker ID must begin with SW or XX. */
@RuleDefinition(code = "SW02STG1", ruleset = "lac2023_24",
        message = "Social worker ID does not begin with the characters ‘SW’ or ‘XX’.",
        years = {"2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"SWEpisodes"}, fields = {"SW_ID"})
public class RuleSW02STG1 extends RowRule {
    @Override
    public boolean fails(Table swe, int r) {
        String id = swe.get(r, "SW_ID");
        return id == null || !(id.startsWith("SW") || id.startsWith("XX"));
    }
}
