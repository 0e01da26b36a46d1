package org.kindred.returns.ssda903.rules;

import static org.kindred.returns.ssda903.rules.Part3Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Adopters with legal status L4 must be a same-gender couple (MM or FF). */
@RuleDefinition(code = "518", ruleset = "lac2022_23",
        message = "If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"LS_ADOPTR", "SEX_ADOPTR"})
public class Rule518 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ad1 = table(data, "AD1");
        RuleResult result = new RuleResult();
        for (int r = 0; r < ad1.size(); r++) {
            String status = ad1.get(r, "LS_ADOPTR");
            String sex = ad1.get(r, "SEX_ADOPTR");
            if ("L4".equals(status) && !in(sex, Set.of("MM", "FF"))) {
                result.flagRow("AD1", r);
            }
        }
        return result;
    }
}
