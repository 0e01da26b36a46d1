package org.kindred.returns.cin.rules.upn;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;
import org.kindred.returns.validation.Table;

/**
 * CIN child identifiers (query): a child of school age (born on or before the 31 August six years before the
 * one following the reference date) with an episode that led to further action should have a UPN or a reason
 * it is missing other than UN1 (UN2 to UN7).
 */
@RuleDefinition(code = "8770Q", ruleset = "cin2024_25",
        message = "Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.",
        years = {"2024/25", "2025/26"},
        tables = {"ChildIdentifiers", "CINdetails", "Header"},
        fields = {"UPNunknown", "UPNunknown"},
        type = RuleType.QUERY)
public class Rule8770Qv2025 implements Rule {
    private static final Set<String> REASONS = Set.of("UN2", "UN3", "UN4", "UN5", "UN6", "UN7");

    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        Table cin = Cin.table(data, "CINdetails");
        LocalDate reference = Cin.referenceDate(data);
        RuleResult result = new RuleResult();
        if (reference == null) {
            return result;
        }
        Set<String> furtherAction = new HashSet<>();
        for (int c = 0; c < cin.size(); c++) {
            String nfa = cin.get(c, "ReferralNFA");
            if ("0".equals(nfa) || (nfa != null && "false".equalsIgnoreCase(nfa))) {
                furtherAction.add(Cin.key(cin, c, "LAchildID"));
            }
        }
        LocalDate bornBy = reference.plusMonths(4).plusDays(31).minusYears(6);
        for (int row = 0; row < ids.size(); row++) {
            LocalDate birth = Cin.date(ids, row, "PersonBirthDate");
            if (birth == null || birth.isAfter(bornBy) || !furtherAction.contains(Cin.key(ids, row, "LAchildID"))) {
                continue;
            }
            String reason = ids.get(row, "UPNunknown");
            boolean validReason = reason != null && REASONS.contains(reason.toUpperCase(Locale.ROOT));
            if (ids.get(row, "UPN") == null && !validReason) {
                Cin.flag(result, ids, row, "UPN", "UPNunknown");
            }
        }
        return result;
    }
}
