package org.kindred.returns.cin.rules.upn;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.cin.rules.kit.UpnCheck;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child identifiers: characters 5-12 of a UPN must all be digits. */
@RuleDefinition(code = "1540", ruleset = "cin2022_23",
        message = "UPN invalid (characters 5-12 not all numeric)",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers"},
        fields = {"UPN"})
public class Rule1540 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        RuleResult result = new RuleResult();
        for (int row = 0; row < ids.size(); row++) {
            String upn = ids.get(row, "UPN");
            if (upn == null) {
                continue;
            }
            String middle = upn.length() <= 4 ? "" : upn.substring(4, Math.min(12, upn.length()));
            if (!UpnCheck.digits(middle)) {
                result.flagCell("ChildIdentifiers", row, "UPN");
            }
        }
        return result;
    }
}
