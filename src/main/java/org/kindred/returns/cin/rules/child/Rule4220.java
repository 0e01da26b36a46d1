package org.kindred.returns.cin.rules.child;

import java.util.Set;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child characteristics: the ethnicity must be present and a valid code. */
@RuleDefinition(code = "4220", ruleset = "cin2022_23",
        message = "Ethnicity is missing or invalid (see Ethnicity table)",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildCharacteristics"},
        fields = {"Ethnicity"})
public class Rule4220 implements Rule {
    private static final Set<String> CODES = Set.of("ABAN", "AIND", "AOTH", "APKN", "BAFR", "BCRB", "BOTH", "CHNE",
            "MOTH", "MWAS", "MWBA", "MWBC", "NOBT", "OOTH", "REFU", "WBRI", "WIRI", "WIRT", "WOTH", "WROM");

    @Override
    public RuleResult check(ReturnData data) {
        Table chars = Cin.table(data, "ChildCharacteristics");
        RuleResult result = new RuleResult();
        for (int row = 0; row < chars.size(); row++) {
            String code = chars.get(row, "Ethnicity");
            if (code == null || !CODES.contains(code)) {
                result.flagCell("ChildCharacteristics", row, "Ethnicity");
            }
        }
        return result;
    }
}
