package org.kindred.returns.cin.rules.section47;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN Section 47: an enquiry that has held no initial conference, where one is required (ICPCnotRequired
 * false or 0), must have started within the census year.
 */
@RuleDefinition(code = "8740", ruleset = "cin2022_23",
        message = "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Section47", "Header"},
        fields = {"S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired"})
public class Rule8740 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table s47 = Cin.table(data, "Section47");
        LocalDate end = Cin.referenceDate(data);
        LocalDate start = Cin.collectionStart(end);
        RuleResult result = new RuleResult();
        for (int row = 0; row < s47.size(); row++) {
            String notRequired = s47.get(row, "ICPCnotRequired");
            LocalDate started = Cin.date(s47, row, "S47ActualStartDate");
            if (Cin.isNa(s47, row, "DateOfInitialCPC") && ("0".equals(notRequired) || "false".equals(notRequired))
                    && (Cin.before(started, start) || Cin.after(started, end))) {
                Cin.flag(result, s47, row, "S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired");
            }
        }
        return result;
    }
}
