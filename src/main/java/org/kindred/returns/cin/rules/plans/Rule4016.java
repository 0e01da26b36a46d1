package org.kindred.returns.cin.rules.plans;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN plan dates: a CIN plan cannot start while one of the child's protection plans is open (from its start
 * up to its end, or up to and including the reference date when it has no end).
 */
@RuleDefinition(code = "4016", ruleset = "cin2022_23",
        message = "A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINplanDates", "ChildProtectionPlans", "Header"},
        fields = {"CINPlanStartDate", "CPPstartDate", "CPPendDate"})
public class Rule4016 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table plans = Cin.table(data, "CINplanDates");
        Table cpp = Cin.table(data, "ChildProtectionPlans");
        LocalDate reference = Cin.referenceDate(data);
        RuleResult result = new RuleResult();
        Cin.join(plans, cpp, Cin.keys("LAchildID"), (p, c) -> {
            LocalDate start = Cin.date(plans, p, "CINPlanStartDate");
            LocalDate cppStart = Cin.date(cpp, c, "CPPstartDate");
            LocalDate cppEnd = Cin.date(cpp, c, "CPPendDate");
            if (start == null || cppStart == null || start.isBefore(cppStart)) {
                return false;
            }
            return cppEnd != null ? start.isBefore(cppEnd) : reference != null && !start.isAfter(reference);
        }, result, Cin.cols("CINPlanStartDate"), Cin.cols("CPPstartDate", "CPPendDate"));
        return result;
    }
}
