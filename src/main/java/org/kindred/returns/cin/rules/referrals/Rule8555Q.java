package org.kindred.returns.cin.rules.referrals;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;

/** CIN details (query): a child cannot be referred after the recorded date of death. */
@RuleDefinition(code = "8555Q", ruleset = "cin2022_23",
        message = "Child cannot be referred after its recorded date of death",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINdetails", "ChildIdentifiers"},
        fields = {"PersonDeathDate", "CINreferralDate"},
        type = RuleType.QUERY)
public class Rule8555Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.join(data, "CINdetails", "ChildIdentifiers", Cin.keys("LAchildID"),
                (cin, c, ids, i) -> Cin.before(ids.date(i, "PersonDeathDate"), cin.date(c, "CINreferralDate")),
                Cin.cols("CINreferralDate"), Cin.cols("PersonDeathDate"));
    }
}
