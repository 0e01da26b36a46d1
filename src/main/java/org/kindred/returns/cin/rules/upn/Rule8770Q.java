package org.kindred.returns.cin.rules.upn;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * CIN child identifiers (query): a child of school age at the reference date with an episode that led to further
 * action should have a UPN or a reason it is missing (UN2 to UN7). School age is, to 2023/24, 6 years old at the
 * reference date; from 2024/25, born on or before the 31 August six years before the one following it.
 */
public class Rule8770Q extends RuleVersion {
    private static final Set<String> REASONS = Set.of("UN2", "UN3", "UN4", "UN5", "UN6", "UN7");

    public Rule8770Q(RuleDefinition definition) {
        super(definition);
    }

    /** The last birthday of a child of school age at the reference date. */
    private LocalDate bornBy(LocalDate reference) {
        return switch (ruleset()) {
            case "cin2022_23" -> reference.minusYears(6);
            default -> reference.plusMonths(4).plusDays(31).minusYears(6);
        };
    }

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
        LocalDate bornBy = bornBy(reference);
        for (int row = 0; row < ids.size(); row++) {
            LocalDate birth = ids.date(row, "PersonBirthDate");
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
