package org.kindred.returns.cin.rules.section47;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;
import org.kindred.returns.validation.Table;

/** CIN Section 47 (query): the target date for the initial conference should not be a weekend. */
@RuleDefinition(code = "8870Q", ruleset = "cin2022_23",
        message = "Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Section47"},
        fields = {"InitialCPCtarget"},
        type = RuleType.QUERY)
public class Rule8870Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table s47 = Cin.table(data, "Section47");
        RuleResult result = new RuleResult();
        for (int row = 0; row < s47.size(); row++) {
            LocalDate target = Cin.anyDate(s47.get(row, "InitialCPCtarget"));
            if (target != null && target.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()) {
                result.flagCell("Section47", row, "InitialCPCtarget");
            }
        }
        return result;
    }
}
