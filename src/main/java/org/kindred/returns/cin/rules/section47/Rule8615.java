package org.kindred.returns.cin.rules.section47;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** CIN Section 47: with an initial conference date, the enquiry start must be present and not after it. */
@RuleDefinition(code = "8615", ruleset = "cin2022_23",
        message = "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Section47"},
        fields = {"S47ActualStartDate", "DateOfInitialCPC"})
public class Rule8615 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.flagRows(data, "Section47", (t, row) -> {
            LocalDate start = t.date(row, "S47ActualStartDate");
            LocalDate conference = t.date(row, "DateOfInitialCPC");
            return conference != null && (start == null || start.isAfter(conference));
        }, "S47ActualStartDate", "DateOfInitialCPC");
    }
}
