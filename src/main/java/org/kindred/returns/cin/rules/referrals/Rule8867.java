package org.kindred.returns.cin.rules.referrals;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN details: in a closed episode every assessment must be completed (have an authorisation date). */
public class Rule8867 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.join(data, "CINdetails", "Assessments", Cin.keys("LAchildID", "CINdetailsID"),
                (cin, c, ass, a) -> !Cin.isNa(cin, c, "CINclosureDate")
                        && Cin.isNa(ass, a, "AssessmentAuthorisationDate"),
                Cin.cols("CINclosureDate"), Cin.cols("AssessmentAuthorisationDate"));
    }
}
