package org.kindred.returns.cin.rules.upn;

import java.util.HashMap;
import java.util.Map;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child identifiers: no two children may share a UPN. */
@RuleDefinition(code = "1520", ruleset = "cin2022_23",
        message = "More than one record with the same UPN.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers"},
        fields = {"UPN"})
public class Rule1520 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        Map<String, Integer> counts = new HashMap<>();
        for (int row = 0; row < ids.size(); row++) {
            String upn = ids.get(row, "UPN");
            if (upn != null) {
                counts.merge(upn, 1, Integer::sum);
            }
        }
        RuleResult result = new RuleResult();
        for (int row = 0; row < ids.size(); row++) {
            String upn = ids.get(row, "UPN");
            if (upn != null && counts.get(upn) > 1) {
                result.flagCell("ChildIdentifiers", row, "UPN");
            }
        }
        return result;
    }
}
