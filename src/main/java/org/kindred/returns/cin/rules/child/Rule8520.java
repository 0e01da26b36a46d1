package org.kindred.returns.cin.rules.child;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child identifiers: the date of birth must be on or before the end of the census period. */
@RuleDefinition(code = "8520", ruleset = "cin2022_23",
        message = "Date of Birth is after data collection period (must be on or before the end of the census period)",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers", "Header"},
        fields = {"PersonBirthDate", "ReferenceDate"})
public class Rule8520 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        LocalDate end = Cin.referenceDate(data);
        RuleResult result = new RuleResult();
        for (int row = 0; row < ids.size(); row++) {
            if (Cin.after(Cin.date(ids, row, "PersonBirthDate"), end)) {
                result.flagCell("ChildIdentifiers", row, "PersonBirthDate");
            }
        }
        return result;
    }
}
