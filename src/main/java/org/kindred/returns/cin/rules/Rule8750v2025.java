package org.kindred.returns.cin.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child identifiers: an unborn child (expected date of birth, no date of birth) must have sex U. */
@RuleDefinition(code = "8750", ruleset = "cin2024_25",
        message = "Sex must equal U for an unborn child",
        years = {"2024/25", "2025/26"},
        tables = {"ChildIdentifiers"},
        fields = {"Sex", "PersonBirthDate", "ExpectedPersonBirthDate"})
public class Rule8750v2025 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        RuleResult result = new RuleResult();
        for (int row = 0; row < ids.size(); row++) {
            if (Cin.isNa(ids, row, "PersonBirthDate") && !Cin.isNa(ids, row, "ExpectedPersonBirthDate")
                    && !"U".equals(ids.get(row, "Sex"))) {
                Cin.flag(result, ids, row, "Sex", "PersonBirthDate", "ExpectedPersonBirthDate");
            }
        }
        return result;
    }
}
