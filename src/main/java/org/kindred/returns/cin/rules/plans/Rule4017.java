package org.kindred.returns.cin.rules.plans;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN plan dates: a child protection plan cannot start while one of the child's CIN plans is open (from its
 * start up to its end, or up to and including the reference date when it has no end).
 */
@RuleDefinition(code = "4017", ruleset = "cin2022_23",
        message = "A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINplanDates", "ChildProtectionPlans", "Header"},
        fields = {"CINPlanStartDate", "CINPlanEndDate", "CPPstartDate"})
public class Rule4017 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table plans = Cin.table(data, "CINplanDates");
        Table cpp = Cin.table(data, "ChildProtectionPlans");
        LocalDate reference = Cin.referenceDate(data);
        RuleResult result = new RuleResult();
        Cin.join(cpp, plans, Cin.keys("LAchildID"), (c, p) -> {
            LocalDate cppStart = Cin.date(cpp, c, "CPPstartDate");
            LocalDate start = Cin.date(plans, p, "CINPlanStartDate");
            LocalDate end = Cin.date(plans, p, "CINPlanEndDate");
            if (cppStart == null || start == null || cppStart.isBefore(start)) {
                return false;
            }
            return end != null ? cppStart.isBefore(end) : reference != null && !cppStart.isAfter(reference);
        }, result, Cin.cols("CPPstartDate"), Cin.cols("CINPlanStartDate", "CINPlanEndDate"));
        return result;
    }
}
