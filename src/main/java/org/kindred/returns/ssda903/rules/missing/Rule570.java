package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A missing period cannot start after the end of the collection year. */
@RuleDefinition(code = "570", ruleset = "lac2022_23",
        message = "The date that the child started to be missing or away from placement without authorisation is after the end of the collection year.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Missing"}, fields = {"MIS_START"})
public class Rule570 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = collectionEnd(data);

        Table missing = data.table("Missing").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < missing.size(); r++) {
            if (after(date(missing, r, "MIS_START"), end)) {
                result.flagRow("Missing", r);
            }
        }
        return result;
    }
}
