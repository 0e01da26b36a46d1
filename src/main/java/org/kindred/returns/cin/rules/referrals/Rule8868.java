package org.kindred.returns.cin.rules.referrals;

import java.util.List;
import java.util.Map;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN details: in a closed episode every Section 47 enquiry must be completed: either an initial conference
 * date or the conference-not-required flag, not both. Episodes without Section 47 modules are not checked.
 */
public class Rule8868 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cin = Cin.table(data, "CINdetails");
        Table s47 = Cin.table(data, "Section47");
        Map<String, List<Integer>> enquiries = Cin.groupBy(s47, "LAchildID", "CINdetailsID");
        RuleResult result = new RuleResult();
        for (int row = 0; row < cin.size(); row++) {
            if (Cin.isNa(cin, row, "CINclosureDate")) {
                continue;
            }
            List<Integer> matches = enquiries.getOrDefault(Cin.key(cin, row, "LAchildID", "CINdetailsID"), List.of());
            for (int s : matches) {
                boolean conference = !Cin.isNa(s47, s, "DateOfInitialCPC");
                boolean notRequired = Cin.yes(s47.get(s, "ICPCnotRequired"));
                if (conference == notRequired) {
                    result.flagCell("CINdetails", row, "CINclosureDate");
                    Cin.flag(result, s47, s, "DateOfInitialCPC", "ICPCnotRequired");
                }
            }
        }
        return result;
    }
}
