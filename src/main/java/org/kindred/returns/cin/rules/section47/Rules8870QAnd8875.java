package org.kindred.returns.cin.rules.section47;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/**
 * A Section 47 date cannot fall on a weekend. 8870Q also reads dd-mm-yyyy, as upstream reads the target date raw.
 * <br>8870Q (query): the target date of the initial conference. <br>8875: the initial conference.
 */
public class Rules8870QAnd8875 extends RuleVersion {

    public Rules8870QAnd8875(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        String column = definition().fields().get(0);
        boolean raw = code().equals("8870Q");
        return Cin.flagRows(data, "Section47", (t, row) -> {
            LocalDate d = raw ? Cin.anyDate(t.get(row, column)) : t.date(row, column);
            return d != null && d.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue();
        }, column);
    }
}
