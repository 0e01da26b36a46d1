package org.kindred.returns.cin.rules.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN reviews: a child protection plan review cannot fall within an open CIN plan of the child (from its start
 * up to its end), unless the review is on the plan's end date.
 */
public class Rule4003 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table reviews = Cin.table(data, "Reviews");
        Table plans = Cin.table(data, "CINplanDates");
        Table cpp = Cin.table(data, "ChildProtectionPlans");
        Map<String, List<Integer>> reviewsByPlan = Cin.groupBy(reviews, "LAchildID", "CPPID");
        Map<String, List<Integer>> plansByChild = Cin.groupBy(plans, "LAchildID");
        RuleResult result = new RuleResult();
        for (int c = 0; c < cpp.size(); c++) {
            LocalDate cppEnd = cpp.date(c, "CPPendDate");
            if (cppEnd == null) {
                continue;
            }
            for (int r : reviewsByPlan.getOrDefault(Cin.key(cpp, c, "LAchildID", "CPPID"), List.of())) {
                LocalDate review = reviews.date(r, "CPPreviewDate");
                if (review == null || review.equals(cppEnd)) {
                    continue;
                }
                for (int p : plansByChild.getOrDefault(Cin.key(cpp, c, "LAchildID"), List.of())) {
                    LocalDate start = plans.date(p, "CINPlanStartDate");
                    LocalDate end = plans.date(p, "CINPlanEndDate");
                    if (start != null && end != null && !review.isBefore(start) && review.isBefore(end)) {
                        result.flagCell("ChildProtectionPlans", c, "CPPendDate");
                        result.flagCell("CINplanDates", p, "CINPlanStartDate");
                        result.flagCell("Reviews", r, "CPPreviewDate");
                    }
                }
            }
        }
        return result;
    }
}
