package org.kindred.returns.ssda903.rules.header;

import static org.kindred.returns.ssda903.rules.kit.Part1Support.in;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** Header: the ethnicity code must be entered and valid. */
@RuleDefinition(code = "103", ruleset = "lac2022_23",
        message = "The ethnicity code is either not valid or has not been entered.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Header"}, fields = {"ETHNIC"})
public class Rule103 extends RowRule {
    private static final Set<String> CODES = Set.of("WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    @Override
    public boolean fails(Table t, int row) {
        return !in(t.get(row, "ETHNIC"), CODES);
    }
}
