package org.kindred.returns.cin.rules.referrals;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;

/** CIN details (query): an episode closed because the child died (RC2) needs the child's date of death. */
@RuleDefinition(code = "8585Q", ruleset = "cin2022_23",
        message = "Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINdetails", "ChildIdentifiers"},
        fields = {"ReasonForClosure", "PersonDeathDate"},
        type = RuleType.QUERY)
public class Rule8585Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.join(data, "ChildIdentifiers", "CINdetails", Cin.keys("LAchildID"),
                (ids, i, cin, c) -> "RC2".equals(cin.get(c, "ReasonForClosure")) && Cin.isNa(ids, i, "PersonDeathDate"),
                Cin.cols("PersonDeathDate"), Cin.cols("ReasonForClosure"));
    }
}
