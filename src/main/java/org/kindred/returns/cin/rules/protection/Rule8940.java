package org.kindred.returns.cin.rules.protection;

import java.time.LocalDate;
import java.util.List;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN child protection plans: a child's plan cannot start within another of the child's plans (from its
 * start to its end, or to the reference date when it has no end).
 */
@RuleDefinition(code = "8940", ruleset = "cin2022_23",
        message = "Child Protection Plan data contains overlapping dates",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildProtectionPlans", "Header"},
        fields = {"CPPstartDate", "CPPendDate"})
public class Rule8940 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cpp = Cin.table(data, "ChildProtectionPlans");
        LocalDate reference = Cin.referenceDate(data);
        RuleResult result = new RuleResult();
        for (List<Integer> child : Cin.groupBy(cpp, "LAchildID").values()) {
            for (int a : child) {
                LocalDate start = Cin.date(cpp, a, "CPPstartDate");
                for (int b : child) {
                    LocalDate otherStart = Cin.date(cpp, b, "CPPstartDate");
                    if (a == b || start == null || otherStart == null || start.isBefore(otherStart)) {
                        continue;
                    }
                    LocalDate otherEnd = Cin.date(cpp, b, "CPPendDate");
                    boolean within = otherEnd != null ? !start.isAfter(otherEnd)
                            : reference != null && !start.isAfter(reference);
                    if (within) {
                        result.flagCell("ChildProtectionPlans", a, "CPPstartDate");
                        Cin.flag(result, cpp, b, "CPPstartDate", "CPPendDate");
                    }
                }
            }
        }
        return result;
    }
}
