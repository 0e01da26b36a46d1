package org.kindred.returns.cin.rules.referrals;

import java.util.List;
import java.util.Map;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN details: an episode that was a referral with no further action cannot have an initial conference date,
 * a Section 47 enquiry start or an assessment start or authorisation date.
 */
public class Rule8831 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Map<String, List<Integer>> s47By = Cin.byEpisode(data, "Section47");
        Map<String, List<Integer>> assBy = Cin.byEpisode(data, "Assessments");
        Table cin = Cin.table(data, "CINdetails");
        Table s47 = Cin.table(data, "Section47");
        Table ass = Cin.table(data, "Assessments");
        RuleResult result = new RuleResult();
        for (int row = 0; row < cin.size(); row++) {
            if (!Cin.yes(cin.get(row, "ReferralNFA"))) {
                continue;
            }
            String episode = Cin.key(cin, row, Cin.EPISODE);
            boolean conference = !Cin.isNa(cin, row, "DateOfInitialCPC");
            if (conference) {
                result.flagCell("CINdetails", row, "DateOfInitialCPC");
            }
            for (int s : s47By.getOrDefault(episode, List.of())) {
                if (conference || !Cin.isNa(s47, s, "S47ActualStartDate")) {
                    result.flagCell("CINdetails", row, "DateOfInitialCPC");
                    result.flagCell("Section47", s, "LAchildID");
                }
            }
            for (int a : assBy.getOrDefault(episode, List.of())) {
                if (!Cin.isNa(ass, a, "AssessmentActualStartDate") || !Cin.isNa(ass, a, "AssessmentAuthorisationDate")) {
                    result.flagCell("CINdetails", row, "DateOfInitialCPC");
                    result.flagCell("Assessments", a, "LAchildID");
                }
            }
        }
        return result;
    }
}
