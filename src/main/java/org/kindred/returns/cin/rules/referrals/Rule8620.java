package org.kindred.returns.cin.rules.referrals;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN details: a closure date, where present, must fall within the census year. */
@RuleDefinition(code = "8620", ruleset = "cin2022_23",
        message = "CIN Closure Date present and does not fall within the Census year",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINdetails", "Header"},
        fields = {"CINclosureDate"})
public class Rule8620 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cin = Cin.table(data, "CINdetails");
        LocalDate end = Cin.referenceDate(data);
        LocalDate start = Cin.collectionStart(end);
        RuleResult result = new RuleResult();
        for (int row = 0; row < cin.size(); row++) {
            LocalDate closure = Cin.date(cin, row, "CINclosureDate");
            if (closure != null && (end == null || closure.isBefore(start) || closure.isAfter(end))) {
                result.flagCell("CINdetails", row, "CINclosureDate");
            }
        }
        return result;
    }
}
