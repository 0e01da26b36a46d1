package org.kindred.returns.cin.rules.section47;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN Section 47: an initial conference date, where present, must fall within the census year. */
@RuleDefinition(code = "8715", ruleset = "cin2022_23",
        message = "Date of Initial Child Protection Conference must fall within the census year",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Section47", "Header"},
        fields = {"DateOfInitialCPC", "ReferenceDate"})
public class Rule8715 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table s47 = Cin.table(data, "Section47");
        LocalDate end = Cin.referenceDate(data);
        LocalDate start = Cin.collectionStart(end);
        RuleResult result = new RuleResult();
        for (int row = 0; row < s47.size(); row++) {
            LocalDate conference = Cin.date(s47, row, "DateOfInitialCPC");
            if (Cin.before(conference, start) || Cin.after(conference, end)) {
                result.flagCell("Section47", row, "DateOfInitialCPC");
            }
        }
        return result;
    }
}
