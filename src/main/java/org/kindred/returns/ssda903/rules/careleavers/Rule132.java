package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Part1Support.in;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** OC3: the activity code must be valid. */
@RuleDefinition(code = "132", ruleset = "lac2022_23",
        message = "Data entry for activity after leaving care is invalid.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"OC3"}, fields = {"ACTIV"})
public class Rule132 implements Rule {
    private static final Set<String> CODES = Set.of("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0");

    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, "OC3", (t, row) -> !in(t.get(row, "ACTIV"), CODES));
    }
}
