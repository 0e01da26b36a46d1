package org.kindred.returns.ssda903.rules.header;

import org.kindred.returns.ssda903.rules.kit.LastYear;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The first child's date of birth must match the one recorded in last year's return. */
@RuleDefinition(code = "624", ruleset = "lac2022_23",
        message = "Date of birth of the first child contradicts the date of birth of the first child previously recorded.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Header", "Header_last"}, fields = {"MC_DOB"})
public class Rule624 implements Rule, LastYear.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return LastYear.flag(data, "Header", this);
    }

    @Override
    public boolean fails(Table header, int r, Table last, int p) {
        String previous = last.get(p, "MC_DOB");
        return previous != null && !previous.equals(header.get(r, "MC_DOB"));
    }
}
