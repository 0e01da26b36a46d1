package org.kindred.returns.cin.rules.referrals;

import java.util.Set;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN details: a primary need code, where given, must be N0 to N9. */
@RuleDefinition(code = "8650", ruleset = "cin2022_23",
        message = "Primary Need Code invalid (see Primary Need table in CIN census code set)",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINdetails"},
        fields = {"PrimaryNeedCode"})
public class Rule8650 implements Rule {
    private static final Set<String> CODES = Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");

    @Override
    public RuleResult check(ReturnData data) {
        Table cin = Cin.table(data, "CINdetails");
        RuleResult result = new RuleResult();
        for (int row = 0; row < cin.size(); row++) {
            String code = cin.get(row, "PrimaryNeedCode");
            if (code != null && !CODES.contains(code)) {
                result.flagCell("CINdetails", row, "PrimaryNeedCode");
            }
        }
        return result;
    }
}
