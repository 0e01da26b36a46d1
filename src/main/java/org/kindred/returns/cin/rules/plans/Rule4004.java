package org.kindred.returns.cin.rules.plans;

import java.util.List;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN plan dates: within one CIN episode at most one CIN plan may be open (without an end date). */
@RuleDefinition(code = "4004", ruleset = "cin2022_23",
        message = "This child is showing more than one open CIN Plan, i.e. with no End Date",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINplanDates"},
        fields = {"CINPlanEndDate"})
public class Rule4004 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table plans = Cin.table(data, "CINplanDates");
        RuleResult result = new RuleResult();
        for (List<Integer> episode : Cin.groupBy(plans, "LAchildID", "CINdetailsID").values()) {
            int first = episode.get(0);
            if (plans.get(first, "LAchildID") == null || plans.get(first, "CINdetailsID") == null) {
                continue;
            }
            long open = episode.stream().filter(r -> Cin.isNa(plans, r, "CINPlanEndDate")).count();
            if (open > 1) {
                episode.forEach(r -> result.flagCell("CINplanDates", r, "CINPlanEndDate"));
            }
        }
        return result;
    }
}
