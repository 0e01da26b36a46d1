package org.kindred.returns.ssda903.rules;

import static org.kindred.returns.ssda903.rules.Part4Support.*;

import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child must appear only once in Header. */
@RuleDefinition(code = "INT32", ruleset = "lac2022_23",
        message = "Internal Check: Child should only exist once in Header.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Header"}, fields = {"CHILD"})
public class RuleINT32 implements Rule {

    @Override
    public RuleResult check(ReturnData data) {
        Table file = table(data, "Header");
        Map<String, List<Integer>> rows = rowsByChild(file);
        RuleResult result = new RuleResult();
        rows.forEach((child, childRows) -> {
            if (child != null && childRows.size() > 1) {
                childRows.forEach(r -> result.flagRow("Header", r));
            }
        });
        return result;
    }
}
