package org.kindred.returns.cin.rules.referrals;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.cin.rules.kit.WorkingDays;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;

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
        return Cin.withReferenceDate(data, end -> {
            LocalDate cutoff = WorkingDays.minus(Cin.collectionStart(end), 1);
            return Cin.flagRows(data, "CINdetails", (t, row) -> {
                String nfa = t.get(row, "ReferralNFA");
                return Cin.before(t.date(row, "CINreferralDate"), cutoff) && !Cin.no(nfa);
            }, "CINreferralDate");
        });
    }
}
