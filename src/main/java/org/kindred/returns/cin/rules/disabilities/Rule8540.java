package org.kindred.returns.cin.rules.disabilities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN: a child with a date of birth and at least one episode that was not a referral with no further action
 * must have disability codes, all valid. Flags the child's date of birth, those episodes' NFA flags and the
 * invalid disability rows.
 */
public class Rule8540 implements Rule {
    private static final Set<String> CODES = Set.of("NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS",
            "BEH", "CON", "AUT", "DDA");

    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        Table cin = Cin.table(data, "CINdetails");
        Table dis = Cin.table(data, "Disabilities");
        Map<String, List<Integer>> cinByChild = Cin.groupBy(cin, "LAchildID");
        Map<String, List<Integer>> disByChild = Cin.groupBy(dis, "LAchildID");
        RuleResult result = new RuleResult();
        for (int row = 0; row < ids.size(); row++) {
            if (Cin.isNa(ids, row, "PersonBirthDate")) {
                continue;
            }
            String child = Cin.key(ids, row, "LAchildID");
            List<Integer> furtherAction = new ArrayList<>();
            for (int c : cinByChild.getOrDefault(child, List.of())) {
                if (Cin.no(cin.get(c, "ReferralNFA"))) {
                    furtherAction.add(c);
                }
            }
            if (furtherAction.isEmpty()) {
                continue;
            }
            List<Integer> disabilities = disByChild.getOrDefault(child, List.of());
            List<Integer> invalid = new ArrayList<>();
            for (int d : disabilities) {
                String code = dis.get(d, "Disability");
                if (code == null || !CODES.contains(code)) {
                    invalid.add(d);
                }
            }
            if (disabilities.isEmpty() || !invalid.isEmpty()) {
                result.flagCell("ChildIdentifiers", row, "PersonBirthDate");
                furtherAction.forEach(c -> result.flagCell("CINdetails", c, "ReferralNFA"));
                invalid.forEach(d -> result.flagCell("Disabilities", d, "Disability"));
            }
        }
        return result;
    }
}
