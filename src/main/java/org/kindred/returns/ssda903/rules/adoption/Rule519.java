package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Civil partners adopting (legal status L2) must be recorded as a couple (MM, FF or MF). */
@RuleDefinition(code = "519", ruleset = "lac2022_23",
        message = "Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of adopters does not show it as a couple.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"LS_ADOPTR", "SEX_ADOPTR"})
public class Rule519 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ad1 = table(data, "AD1");
        RuleResult result = new RuleResult();
        for (int r = 0; r < ad1.size(); r++) {
            String status = ad1.get(r, "LS_ADOPTR");
            String sex = ad1.get(r, "SEX_ADOPTR");
            if ("L2".equals(status) && !in(sex, Set.of("MM", "FF", "MF"))) {
                result.flagRow("AD1", r);
            }
        }
        return result;
    }
}
