package org.kindred.returns.cin.rules.upn;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child identifiers: character 13 of a UPN must be a digit or a letter other than I, O and S. */
@RuleDefinition(code = "1550", ruleset = "cin2022_23",
        message = "UPN invalid (character 13 not a recognised value)",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers"},
        fields = {"UPN"})
public class Rule1550 implements Rule {
    private static final String VALID = "ABCDEFGHJKLMNPQRTUVWXYZ0123456789";

    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        RuleResult result = new RuleResult();
        for (int row = 0; row < ids.size(); row++) {
            String upn = ids.get(row, "UPN");
            if (upn != null && upn.length() == 13 && VALID.indexOf(upn.charAt(12)) < 0) {
                result.flagCell("ChildIdentifiers", row, "UPN");
            }
        }
        return result;
    }
}
