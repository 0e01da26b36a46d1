package org.kindred.returns.cin.rules.upn;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.cin.rules.kit.UpnCheck;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child identifiers: a UPN of 13 characters ending in 12 digits must carry the right check letter. */
@RuleDefinition(code = "1510", ruleset = "cin2022_23",
        message = "UPN invalid (wrong check letter at character 1)",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers"},
        fields = {"UPN"})
public class Rule1510 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        RuleResult result = new RuleResult();
        for (int row = 0; row < ids.size(); row++) {
            String upn = ids.get(row, "UPN");
            if (upn != null && upn.length() == 13 && UpnCheck.digits(upn.substring(1))
                    && upn.charAt(0) != UpnCheck.checkLetter(upn)) {
                result.flagCell("ChildIdentifiers", row, "UPN");
            }
        }
        return result;
    }
}
