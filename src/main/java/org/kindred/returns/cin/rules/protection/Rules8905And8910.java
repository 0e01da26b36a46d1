package org.kindred.returns.cin.rules.protection;

import java.util.Set;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (column).
 * <br>8905: CIN child protection plans: the initial category of abuse must be present and a valid code.
 * <br>8910: CIN child protection plans: the latest category of abuse must be present and a valid code.
 */
@RuleDefinition(code = "8905", ruleset = "cin2022_23",
        message = "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildProtectionPlans"},
        fields = {"InitialCategoryOfAbuse"})
@RuleDefinition(code = "8910", ruleset = "cin2022_23",
        message = "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildProtectionPlans"},
        fields = {"LatestCategoryOfAbuse"})
public class Rules8905And8910 extends RuleVersion {
    private final String column = switch (code()) {
        case "8910" -> "LatestCategoryOfAbuse";
        default -> "InitialCategoryOfAbuse";
    };

    public Rules8905And8910(RuleDefinition definition) {
        super(definition);
    }
    private static final Set<String> CODES = Set.of("NEG", "PHY", "SAB", "EMO", "MUL");

    @Override
    public RuleResult check(ReturnData data) {
        Table cpp = Cin.table(data, "ChildProtectionPlans");
        RuleResult result = new RuleResult();
        for (int row = 0; row < cpp.size(); row++) {
            String code = cpp.get(row, column);
            if (code == null || !CODES.contains(code)) {
                result.flagCell("ChildProtectionPlans", row, column);
            }
        }
        return result;
    }
}
