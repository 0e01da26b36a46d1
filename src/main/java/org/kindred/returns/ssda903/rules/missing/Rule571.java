package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import org.kindred.returns.ssda903.rules.kit.ReturnRowRule;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** A missing period cannot end before the start or after the end of the collection year. */
@RuleDefinition(code = "571", ruleset = "lac2022_23",
        message = "The date that the child ceased to be missing or away from placement without authorisation is before the start or after the end of the collection year.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Missing"}, fields = {"MIS_END"})
public class Rule571 extends ReturnRowRule {
    @Override
    public boolean fails(ReturnData data, Table missing, int r) {
        return before(date(missing, r, "MIS_END"), collectionStart(data)) || after(date(missing, r, "MIS_END"), collectionEnd(data));
    }
}
