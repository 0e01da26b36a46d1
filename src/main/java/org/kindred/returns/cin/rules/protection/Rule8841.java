package org.kindred.returns.cin.rules.protection;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child protection plans: a review cannot be on or before the plan's start date. */
@RuleDefinition(code = "8841", ruleset = "cin2022_23",
        message = "The review date cannot be on the same day or before the Child protection Plan start date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildProtectionPlans", "Reviews"},
        fields = {"CPPstartDate", "CPPreviewDate"})
public class Rule8841 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cpp = Cin.table(data, "ChildProtectionPlans");
        Table reviews = Cin.table(data, "Reviews");
        RuleResult result = new RuleResult();
        Cin.join(cpp, reviews, Cin.keys("CPPID", "LAchildID"), (p, r) -> {
            LocalDate start = Cin.date(cpp, p, "CPPstartDate");
            LocalDate review = Cin.date(reviews, r, "CPPreviewDate");
            return start != null && review != null && !review.isAfter(start);
        }, result, Cin.cols("CPPstartDate"), Cin.cols("CPPreviewDate"));
        return result;
    }
}
