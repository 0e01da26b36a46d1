package org.kindred.returns.cin.rules.plans;

import java.time.LocalDate;
import java.util.List;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN plan dates: a child's CIN plan cannot start within another of the child's plans (from its start to its
 * end, or to the reference date when it has no end).
 */
@RuleDefinition(code = "4014", ruleset = "cin2022_23",
        message = "CIN Plan data contains overlapping dates",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINplanDates", "Header"},
        fields = {"CINPlanStartDate", "CINPlanEndDate"})
public class Rule4014 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table plans = Cin.table(data, "CINplanDates");
        LocalDate reference = Cin.referenceDate(data);
        RuleResult result = new RuleResult();
        for (List<Integer> child : Cin.groupBy(plans, "LAchildID").values()) {
            for (int a : child) {
                LocalDate start = Cin.date(plans, a, "CINPlanStartDate");
                for (int b : child) {
                    LocalDate otherStart = Cin.date(plans, b, "CINPlanStartDate");
                    if (a == b || start == null || otherStart == null || start.isBefore(otherStart)) {
                        continue;
                    }
                    LocalDate otherEnd = Cin.date(plans, b, "CINPlanEndDate");
                    boolean within = otherEnd != null ? !start.isAfter(otherEnd)
                            : reference != null && !start.isAfter(reference);
                    if (within) {
                        result.flagCell("CINplanDates", a, "CINPlanStartDate");
                        Cin.flag(result, plans, b, "CINPlanStartDate", "CINPlanEndDate");
                    }
                }
            }
        }
        return result;
    }
}
