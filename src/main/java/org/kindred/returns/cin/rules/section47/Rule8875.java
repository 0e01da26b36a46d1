package org.kindred.returns.cin.rules.section47;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN Section 47: the initial child protection conference cannot be held on a weekend. */
@RuleDefinition(code = "8875", ruleset = "cin2022_23",
        message = "The Date of Initial Child Protection Conference cannot be a weekend",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Section47"},
        fields = {"DateOfInitialCPC"})
public class Rule8875 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table s47 = Cin.table(data, "Section47");
        RuleResult result = new RuleResult();
        for (int row = 0; row < s47.size(); row++) {
            LocalDate conference = Cin.date(s47, row, "DateOfInitialCPC");
            if (conference != null && conference.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()) {
                result.flagCell("Section47", row, "DateOfInitialCPC");
            }
        }
        return result;
    }
}
