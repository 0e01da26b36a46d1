package org.kindred.returns.cin.rules.referrals;

import java.time.LocalDate;
import java.util.List;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN details: a child's episodes must not overlap: no referral may fall on or after another episode's
 * referral and before its closure (or, for an open episode that led to further action, before the
 * reference date).
 */
@RuleDefinition(code = "8820", ruleset = "cin2022_23",
        message = "The dates on the CIN episodes for this child overlap",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINdetails", "Header"},
        fields = {"CINreferralDate", "CINclosureDate"})
public class Rule8820 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cin = Cin.table(data, "CINdetails");
        LocalDate reference = Cin.referenceDate(data);
        RuleResult result = new RuleResult();
        for (List<Integer> child : Cin.groupBy(cin, "LAchildID").values()) {
            for (int a : child) {
                LocalDate referral = Cin.date(cin, a, "CINreferralDate");
                for (int b : child) {
                    LocalDate otherReferral = Cin.date(cin, b, "CINreferralDate");
                    if (a == b || referral == null || otherReferral == null || referral.isBefore(otherReferral)) {
                        continue;
                    }
                    LocalDate otherClosure = Cin.date(cin, b, "CINclosureDate");
                    String nfa = cin.get(b, "ReferralNFA");
                    boolean furtherAction = nfa != null && ("false".equalsIgnoreCase(nfa) || "0".equals(nfa));
                    boolean overlaps = otherClosure != null ? referral.isBefore(otherClosure)
                            : furtherAction && Cin.before(referral, reference);
                    if (overlaps) {
                        result.flagCell("CINdetails", a, "CINreferralDate");
                        Cin.flag(result, cin, b, "CINreferralDate", "CINclosureDate");
                    }
                }
            }
        }
        return result;
    }
}
