package org.kindred.returns.cin.rules.upn;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** CIN child identifiers: no two children may share a UPN. */
@RuleDefinition(code = "1520", ruleset = "cin2022_23",
        message = "More than one record with the same UPN.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers"},
        fields = {"UPN"})
public class Rule1520 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.flagRows(data, "ChildIdentifiers",
                (t, row) -> t.get(row, "UPN") != null && t.rowsWhere("UPN", t.get(row, "UPN")).size() > 1, "UPN");
    }
}
