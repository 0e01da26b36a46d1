package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** A missing or away period (M/A) needs a start date. */
@RuleDefinition(code = "564", ruleset = "lac2022_23",
        message = "Child was missing or away from placement without authorisation and the date started is blank.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Missing"}, fields = {"MISSING", "MIS_START"})
public class Rule564 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, "Missing", (missing, r) -> in(missing.get(r, "MISSING"), Set.of("M", "A", "m", "a")) && na(missing.get(r, "MIS_START")));
    }
}
