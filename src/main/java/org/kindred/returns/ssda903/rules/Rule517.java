package org.kindred.returns.ssda903.rules;

import static org.kindred.returns.ssda903.rules.Part3Support.*;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Adopters with legal status L3 must be a male and female couple (MF). */
@RuleDefinition(code = "517", ruleset = "lac2022_23",
        message = "If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the adopting couple are male and female.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"LS_ADOPTR", "SEX_ADOPTR"})
public class Rule517 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ad1 = table(data, "AD1");
        RuleResult result = new RuleResult();
        for (int r = 0; r < ad1.size(); r++) {
            String status = ad1.get(r, "LS_ADOPTR");
            String sex = ad1.get(r, "SEX_ADOPTR");
            if ("L3".equals(status) && !"MF".equals(sex)) {
                result.flagRow("AD1", r);
            }
        }
        return result;
    }
}
