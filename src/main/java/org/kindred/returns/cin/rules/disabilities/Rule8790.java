package org.kindred.returns.cin.rules.disabilities;

import java.util.List;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN disabilities: a child recorded with disability NONE must have no other disability codes. */
public class Rule8790 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table dis = Cin.table(data, "Disabilities");
        RuleResult result = new RuleResult();
        for (List<Integer> child : Cin.groupBy(dis, "LAchildID").values()) {
            boolean hasNone = child.stream().anyMatch(r -> isNone(dis.get(r, "Disability")));
            if (hasNone) {
                child.stream().filter(r -> !isNone(dis.get(r, "Disability")))
                        .forEach(r -> result.flagCell("Disabilities", r, "Disability"));
            }
        }
        return result;
    }

    private static boolean isNone(String code) {
        return code != null && code.equalsIgnoreCase("NONE");
    }
}
