package org.kindred.returns.cin.rules.section47;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN: an initial conference date recorded on a Section 47 module must not also be recorded at CIN details level. */
public class Rule2884 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.join(data, "Section47", "CINdetails", Cin.keys("LAchildID"), (s47, s, cin, c) -> {
            LocalDate a = s47.date(s, "DateOfInitialCPC");
            return a != null && a.equals(cin.date(c, "DateOfInitialCPC"));
        }, Cin.cols("DateOfInitialCPC"), Cin.cols("DateOfInitialCPC"));
    }
}
