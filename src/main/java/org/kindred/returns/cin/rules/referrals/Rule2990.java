package org.kindred.returns.cin.rules.referrals;

import java.util.List;
import java.util.Map;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN details: an episode closed as RC8 or RC9 (closed after assessment) cannot have an initial conference
 * date, Section 47 modules, child protection plans or CIN plan dates.
 */
public class Rule2990 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cin = Cin.table(data, "CINdetails");
        Map<String, List<Integer>> cppBy = Cin.byEpisode(data, "ChildProtectionPlans");
        Map<String, List<Integer>> s47By = Cin.byEpisode(data, "Section47");
        Map<String, List<Integer>> plansBy = Cin.byEpisode(data, "CINplanDates");
        RuleResult result = new RuleResult();
        for (int row = 0; row < cin.size(); row++) {
            String reason = cin.get(row, "ReasonForClosure");
            if (!"RC8".equals(reason) && !"RC9".equals(reason)) {
                continue;
            }
            String episode = Cin.key(cin, row, Cin.EPISODE);
            List<Integer> c = cppBy.getOrDefault(episode, List.of());
            List<Integer> s = s47By.getOrDefault(episode, List.of());
            List<Integer> p = plansBy.getOrDefault(episode, List.of());
            if (Cin.isNa(cin, row, "DateOfInitialCPC") && c.isEmpty() && s.isEmpty() && p.isEmpty()) {
                continue;
            }
            result.flagCell("CINdetails", row, "DateOfInitialCPC");
            flagChildren(result, "ChildProtectionPlans", c);
            flagChildren(result, "Section47", s);
            flagChildren(result, "CINplanDates", p);
        }
        return result;
    }

    private static void flagChildren(RuleResult result, String table, List<Integer> rows) {
        for (int r : rows) {
            result.flagCell(table, r, "LAchildID");
        }
    }
}
