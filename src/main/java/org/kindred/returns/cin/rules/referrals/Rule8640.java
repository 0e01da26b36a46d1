package org.kindred.returns.cin.rules.referrals;

import java.util.Set;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN details: a reason for closure, where given, must be a valid code (RC1 to RC9). */
@RuleDefinition(code = "8640", ruleset = "cin2022_23",
        message = "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINdetails"},
        fields = {"ReasonForClosure"})
public class Rule8640 implements Rule {
    private static final Set<String> CODES = Set.of("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9");

    @Override
    public RuleResult check(ReturnData data) {
        Table cin = Cin.table(data, "CINdetails");
        RuleResult result = new RuleResult();
        for (int row = 0; row < cin.size(); row++) {
            String reason = cin.get(row, "ReasonForClosure");
            if (reason != null && !CODES.contains(reason)) {
                result.flagCell("CINdetails", row, "ReasonForClosure");
            }
        }
        return result;
    }
}
