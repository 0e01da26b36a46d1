package org.kindred.returns.cin.rules.upn;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.cin.rules.kit.UpnCheck;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;
import org.kindred.returns.validation.Table;

/** CIN child identifiers (query): a former UPN should be a letter followed by 12 digits. */
@RuleDefinition(code = "1560Q", ruleset = "cin2022_23",
        message = "Please check and either amend or provide a reason: Former UPN wrongly formatted",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers"},
        fields = {"FormerUPN"},
        type = RuleType.QUERY)
public class Rule1560Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        RuleResult result = new RuleResult();
        for (int row = 0; row < ids.size(); row++) {
            String former = ids.get(row, "FormerUPN");
            if (former == null) {
                continue;
            }
            boolean wellFormed = former.length() == 13 && UpnCheck.digits(former.substring(1))
                    && Character.isLetter(former.charAt(0));
            if (!wellFormed) {
                result.flagCell("ChildIdentifiers", row, "FormerUPN");
            }
        }
        return result;
    }
}
