package org.kindred.returns.cin.rules.referrals;

import java.util.Locale;
import java.util.Set;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN details: the referral-with-no-further-action flag must be present and one of 1, 0, true or false. */
@RuleDefinition(code = "8568", ruleset = "cin2022_23",
        message = "RNFA flag is missing or invalid",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINdetails"},
        fields = {"ReferralNFA"})
public class Rule8568 implements Rule {
    private static final Set<String> VALID = Set.of("1", "0", "true", "false");

    @Override
    public RuleResult check(ReturnData data) {
        Table cin = Cin.table(data, "CINdetails");
        RuleResult result = new RuleResult();
        for (int row = 0; row < cin.size(); row++) {
            String nfa = cin.get(row, "ReferralNFA");
            if (nfa == null || !VALID.contains(nfa.toLowerCase(Locale.ROOT))) {
                result.flagCell("CINdetails", row, "ReferralNFA");
            }
        }
        return result;
    }
}
