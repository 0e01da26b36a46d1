package org.kindred.returns.cin.rules.section47;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.cin.rules.kit.WorkingDays;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;

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
        return Cin.withReferenceDate(data, end -> {
            LocalDate latest = WorkingDays.minus(end, 15);
            return Cin.flagRows(data, "Section47", (t, row) -> {
                String notRequired = t.get(row, "ICPCnotRequired");
                return Cin.isNa(t, row, "DateOfInitialCPC") && Cin.no(notRequired)
                        && Cin.before(t.date(row, "S47ActualStartDate"), latest);
            }, "DateOfInitialCPC", "S47ActualStartDate", "ICPCnotRequired");
        });
    }
}
