package org.kindred.returns.cin.rules.plans;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN plan dates: an open CIN plan cannot run alongside an open child protection plan in the same episode. */
public class Rule4001 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.join(data, "ChildProtectionPlans", "CINplanDates", Cin.keys("LAchildID", "CINdetailsID"),
                (cpp, c, plans, p) -> Cin.isNa(cpp, c, "CPPendDate") && !Cin.isNa(plans, p, "CINPlanStartDate")
                        && Cin.isNa(plans, p, "CINPlanEndDate"),
                Cin.cols("CPPendDate"), Cin.cols("CINPlanEndDate"));
    }
}
