package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Part1Support.in;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** OC3: the being-in-touch code must be valid. */
@RuleDefinition(code = "131", ruleset = "lac2022_23",
        message = "Data entry for being in touch after leaving care is invalid.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"OC3"}, fields = {"IN_TOUCH"})
public class Rule131 implements Rule {
    private static final Set<String> CODES = Set.of("YES", "NO", "DIED", "REFU", "NREQ", "RHOM");

    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, "OC3", (t, row) -> !in(t.get(row, "IN_TOUCH"), CODES));
    }
}
