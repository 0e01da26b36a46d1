package org.kindred.returns.cin.rules.section47;

import java.util.HashMap;
import java.util.Map;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN Section 47: within one CIN episode at most one Section 47 enquiry may be open (no initial conference
 * date and the conference not marked as not required).
 */
public class Rule8839 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table s47 = Cin.table(data, "Section47");
        Map<String, Integer> open = new HashMap<>();
        for (int row = 0; row < s47.size(); row++) {
            String notRequired = s47.get(row, "ICPCnotRequired");
            if (Cin.isNa(s47, row, "DateOfInitialCPC") && !Cin.yes(notRequired)) {
                open.merge(Cin.key(s47, row, Cin.EPISODE), 1, Integer::sum);
            }
        }
        return Cin.flagRows(data, "Section47", (t, row) -> Cin.isNa(t, row, "DateOfInitialCPC")
                && open.getOrDefault(Cin.key(t, row, Cin.EPISODE), 0) > 1, "DateOfInitialCPC");
    }
}
