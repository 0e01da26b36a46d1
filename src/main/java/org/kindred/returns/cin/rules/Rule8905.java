package org.kindred.returns.cin.rules;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child protection plans: the initial category of abuse must be present and a valid code. */
@RuleDefinition(code = "8905", ruleset = "cin2022_23",
        message = "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildProtectionPlans"},
        fields = {"InitialCategoryOfAbuse"})
public class Rule8905 implements Rule {
    private static final Set<String> CODES = Set.of("NEG", "PHY", "SAB", "EMO", "MUL");

    @Override
    public RuleResult check(ReturnData data) {
        Table cpp = Cin.table(data, "ChildProtectionPlans");
        RuleResult result = new RuleResult();
        for (int row = 0; row < cpp.size(); row++) {
            String code = cpp.get(row, "InitialCategoryOfAbuse");
            if (code == null || !CODES.contains(code)) {
                result.flagCell("ChildProtectionPlans", row, "InitialCategoryOfAbuse");
            }
        }
        return result;
    }
}
