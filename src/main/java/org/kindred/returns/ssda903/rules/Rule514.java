package org.kindred.returns.ssda903.rules;

import static org.kindred.returns.ssda903.rules.Part3Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A single adopter (legal status L0) must have the gender of a single adopter (M1 or F1). */
@RuleDefinition(code = "514", ruleset = "lac2022_23",
        message = "Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters shows it as a couple.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"LS_ADOPTR", "SEX_ADOPTR"})
public class Rule514 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ad1 = table(data, "AD1");
        RuleResult result = new RuleResult();
        for (int r = 0; r < ad1.size(); r++) {
            String status = ad1.get(r, "LS_ADOPTR");
            String sex = ad1.get(r, "SEX_ADOPTR");
            if ("L0".equals(status) && !in(sex, Set.of("M1", "F1"))) {
                result.flagRow("AD1", r);
            }
        }
        return result;
    }
}
