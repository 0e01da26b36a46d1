package org.kindred.returns.cin.rules.assessments;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN Assessments: an assessment cannot start before the referral date of its CIN episode. */
@RuleDefinition(code = "1103", ruleset = "cin2022_23",
        message = "The assessment start date cannot be before the referral date",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Assessments", "CINdetails"},
        fields = {"AssessmentActualStartDate", "CINreferralDate"})
public class Rule1103 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ass = Cin.table(data, "Assessments");
        Table cin = Cin.table(data, "CINdetails");
        RuleResult result = new RuleResult();
        Cin.join(ass, cin, Cin.keys("LAchildID", "CINdetailsID"),
                (a, c) -> Cin.before(Cin.date(ass, a, "AssessmentActualStartDate"), Cin.date(cin, c, "CINreferralDate")),
                result, Cin.cols("AssessmentActualStartDate"), Cin.cols("CINreferralDate"));
        return result;
    }
}
