package org.kindred.returns.cin.rules.referrals;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.cin.rules.kit.WorkingDays;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;
import org.kindred.returns.validation.Table;

/**
 * CIN details (query): an episode referred before the collection start minus one working day (counted
 * inclusively, as the reference validator does) must not be flagged as a referral with no further action.
 */
@RuleDefinition(code = "8569Q", ruleset = "cin2022_23",
        message = "A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINdetails", "Header"},
        fields = {"ReferralNFA"},
        type = RuleType.QUERY)
public class Rule8569Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cin = Cin.table(data, "CINdetails");
        LocalDate start = Cin.collectionStart(Cin.referenceDate(data));
        RuleResult result = new RuleResult();
        if (start == null) {
            return result;
        }
        LocalDate cutoff = WorkingDays.minus(start, 1);
        for (int row = 0; row < cin.size(); row++) {
            String nfa = cin.get(row, "ReferralNFA");
            if (Cin.before(Cin.date(cin, row, "CINreferralDate"), cutoff) && !"false".equals(nfa) && !"0".equals(nfa)) {
                result.flagCell("CINdetails", row, "CINreferralDate");
            }
        }
        return result;
    }
}
