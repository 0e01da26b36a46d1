package org.kindred.returns.ssda903.rules;

import static org.kindred.returns.ssda903.rules.Part4Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Every child in UASC must exist in the Header. */
@RuleDefinition(code = "INT09", ruleset = "lac2022_23",
        message = "Internal Check: Child in UASC does not exist in Header.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Header", "UASC"}, fields = {"CHILD"})
public class RuleINT09 implements Rule {

    @Override
    public RuleResult check(ReturnData data) {
        Set<String> inHeader = children(table(data, "Header"));
        Table file = table(data, "UASC");
        RuleResult result = new RuleResult();
        for (int r = 0; r < file.size(); r++) {
            if (!inHeader.contains(file.get(r, "CHILD"))) {
                result.flagRow("UASC", r);
            }
        }
        return result;
    }
}
