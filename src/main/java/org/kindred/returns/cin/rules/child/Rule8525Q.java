package org.kindred.returns.cin.rules.child;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;

/** CIN child identifiers (query): exactly one of date of birth and expected date of birth must be given. */
@RuleDefinition(code = "8525Q", ruleset = "cin2022_23",
        message = "Either Date of Birth or Expected Date of Birth must be provided (but not both)",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers"},
        fields = {"PersonBirthDate", "ExpectedPersonBirthDate"},
        type = RuleType.QUERY)
public class Rule8525Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.flagRows(data, "ChildIdentifiers", (t, row) -> Cin.isNa(t, row, "PersonBirthDate")
                == Cin.isNa(t, row, "ExpectedPersonBirthDate"), "PersonBirthDate", "ExpectedPersonBirthDate");
    }
}
