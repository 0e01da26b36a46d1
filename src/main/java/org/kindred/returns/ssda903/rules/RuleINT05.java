package org.kindred.returns.ssda903.rules;

import static org.kindred.returns.ssda903.rules.Part4Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Every child in OC2 must exist in the Header. */
@RuleDefinition(code = "INT05", ruleset = "lac2022_23",
        message = "Internal Check: Child in OC2 does not exist in Header.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Header", "OC2"}, fields = {"CHILD"})
public class RuleINT05 implements Rule {

    @Override
    public RuleResult check(ReturnData data) {
        Set<String> inHeader = children(table(data, "Header"));
        Table file = table(data, "OC2");
        RuleResult result = new RuleResult();
        for (int r = 0; r < file.size(); r++) {
            if (!inHeader.contains(file.get(r, "CHILD"))) {
                result.flagRow("OC2", r);
            }
        }
        return result;
    }
}
