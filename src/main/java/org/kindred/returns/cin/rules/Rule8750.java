package org.kindred.returns.cin.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child identifiers: an unborn child (expected date of birth, no date of birth) must have gender 0. */
@RuleDefinition(code = "8750", ruleset = "cin2022_23",
        message = "Gender must equal 0 for an unborn child",
        years = {"2022/23", "2023/24"},
        tables = {"ChildIdentifiers"},
        fields = {"GenderCurrent", "PersonBirthDate", "ExpectedPersonBirthDate"})
public class Rule8750 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        RuleResult result = new RuleResult();
        for (int row = 0; row < ids.size(); row++) {
            if (Cin.isNa(ids, row, "PersonBirthDate") && !Cin.isNa(ids, row, "ExpectedPersonBirthDate")
                    && !"0".equals(ids.get(row, "GenderCurrent"))) {
                Cin.flag(result, ids, row, "GenderCurrent", "PersonBirthDate", "ExpectedPersonBirthDate");
            }
        }
        return result;
    }
}
