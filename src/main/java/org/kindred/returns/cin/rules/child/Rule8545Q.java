package org.kindred.returns.cin.rules.child;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;
import org.kindred.returns.validation.Table;

/** CIN child identifiers (query): a date of death should fall within the census year. */
@RuleDefinition(code = "8545Q", ruleset = "cin2022_23",
        message = "Please check and either amend data or provide a reason: Child's date of death should be within the census year",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers", "Header"},
        fields = {"PersonDeathDate"},
        type = RuleType.QUERY)
public class Rule8545Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        LocalDate end = Cin.referenceDate(data);
        LocalDate start = Cin.collectionStart(end);
        RuleResult result = new RuleResult();
        for (int row = 0; row < ids.size(); row++) {
            LocalDate death = Cin.date(ids, row, "PersonDeathDate");
            if (death == null) {
                continue;
            }
            boolean within = end != null && !death.isBefore(start) && !death.isAfter(end);
            if (!within) {
                result.flagCell("ChildIdentifiers", row, "PersonDeathDate");
            }
        }
        return result;
    }
}
