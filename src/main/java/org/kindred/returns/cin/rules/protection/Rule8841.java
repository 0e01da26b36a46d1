package org.kindred.returns.cin.rules.protection;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN child protection plans: a review cannot be on or before the plan's start date. */
public class Rule8841 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.join(data, "ChildProtectionPlans", "Reviews", Cin.keys("CPPID", "LAchildID"), (cpp, p, rev, r) -> {
            LocalDate start = cpp.date(p, "CPPstartDate");
            LocalDate review = rev.date(r, "CPPreviewDate");
            return start != null && review != null && !review.isAfter(start);
        }, Cin.cols("CPPstartDate"), Cin.cols("CPPreviewDate"));
    }
}
