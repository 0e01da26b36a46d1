package org.kindred.returns.cin.rules.returnlevel;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/**
 * CIN (LA level): the plans starting in the census year cannot outnumber the initial conferences held in it
 * (on CIN details and Section 47 modules together).
 */
public class Rule2883 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = Cin.referenceDate(data);
        LocalDate start = Cin.collectionStart(end);
        int plans = countWithin(data, "ChildProtectionPlans", "CPPstartDate", start, end);
        int conferences = countWithin(data, "CINdetails", "DateOfInitialCPC", start, end)
                + countWithin(data, "Section47", "DateOfInitialCPC", start, end);
        return Cin.failReturnIf(plans > conferences);
    }

    private static int countWithin(ReturnData data, String table, String column, LocalDate start, LocalDate end) {
        return Cin.count(Cin.table(data, table), (t, row) -> {
            LocalDate d = t.date(row, column);
            return d != null && start != null && !d.isBefore(start) && !d.isAfter(end);
        });
    }
}
