package org.kindred.returns.cin.rules.header;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN Header: the reference date must be present and be 31 March of the collection year. */
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
