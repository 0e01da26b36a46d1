package org.kindred.returns.ssda903.rules.header;

import static org.kindred.returns.ssda903.rules.kit.Part1Support.in;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** Header: the ethnicity code must be entered and valid. */
@RuleDefinition(code = "103", ruleset = "lac2022_23",
        message = "The ethnicity code is either not valid or has not been entered.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Header"}, fields = {"ETHNIC"})
public class Rule103 implements Rule {
    private static final Set<String> CODES = Set.of("WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, "Header", (t, row) -> !in(t.get(row, "ETHNIC"), CODES));
    }
}
