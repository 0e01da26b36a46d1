package org.kindred.returns.cin.rules.returnlevel;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN (LA level): the plans starting in the census year cannot outnumber the initial conferences held in it
 * (on CIN details and Section 47 modules together).
 */
@RuleDefinition(code = "2883", ruleset = "cin2022_23",
        message = "There are more child protection plans starting than initial conferences taking place",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildProtectionPlans", "CINdetails", "Section47", "Header"},
        fields = {"CPPstartDate", "DateOfInitialCPC"})
public class Rule2883 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = Cin.referenceDate(data);
        LocalDate start = Cin.collectionStart(end);
        int plans = countWithin(Cin.table(data, "ChildProtectionPlans"), "CPPstartDate", start, end);
        int conferences = countWithin(Cin.table(data, "CINdetails"), "DateOfInitialCPC", start, end)
                + countWithin(Cin.table(data, "Section47"), "DateOfInitialCPC", start, end);
        RuleResult result = new RuleResult();
        if (plans > conferences) {
            result.failReturn();
        }
        return result;
    }

    private static int countWithin(Table t, String column, LocalDate start, LocalDate end) {
        int n = 0;
        for (int row = 0; row < t.size(); row++) {
            LocalDate d = Cin.date(t, row, column);
            if (d != null && start != null && !d.isBefore(start) && !d.isAfter(end)) {
                n++;
            }
        }
        return n;
    }
}
