package org.kindred.returns.cin.rules.header;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** CIN Header: the reference date must be present and be 31 March of the collection year. */
@RuleDefinition(code = "100", ruleset = "cin2022_23",
        message = "Reference Date is incorrect",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Header"},
        fields = {"ReferenceDate"})
public class Rule100 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.flagRows(data, "Header", (t, row) -> {
            LocalDate reference = t.date(row, "ReferenceDate");
            Integer year = Cells.integer(t.get(row, "Year"));
            return reference == null || year == null || !reference.equals(LocalDate.of(year, 3, 31));
        }, "ReferenceDate");
    }
}
