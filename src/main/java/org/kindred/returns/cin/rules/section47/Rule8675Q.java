package org.kindred.returns.cin.rules.section47;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.cin.rules.kit.WorkingDays;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;
import org.kindred.returns.validation.Table;

/**
 * CIN Section 47 (query): an enquiry with no initial conference, where a conference was required, should not
 * have started more than 15 working days before the reference date.
 */
@RuleDefinition(code = "8675Q", ruleset = "cin2022_23",
        message = "Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Section47", "Header"},
        fields = {"DateOfInitialCPC", "S47ActualStartDate", "ICPCnotRequired"},
        type = RuleType.QUERY)
public class Rule8675Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table s47 = Cin.table(data, "Section47");
        LocalDate end = Cin.referenceDate(data);
        RuleResult result = new RuleResult();
        if (end == null) {
            return result;
        }
        LocalDate latest = WorkingDays.minus(end, 15);
        for (int row = 0; row < s47.size(); row++) {
            String notRequired = s47.get(row, "ICPCnotRequired");
            if (Cin.isNa(s47, row, "DateOfInitialCPC") && ("false".equals(notRequired) || "0".equals(notRequired))
                    && Cin.before(Cin.date(s47, row, "S47ActualStartDate"), latest)) {
                Cin.flag(result, s47, row, "DateOfInitialCPC", "S47ActualStartDate", "ICPCnotRequired");
            }
        }
        return result;
    }
}
