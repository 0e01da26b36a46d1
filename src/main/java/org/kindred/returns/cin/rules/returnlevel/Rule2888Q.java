package org.kindred.returns.cin.rules.returnlevel;

import java.util.HashMap;
import java.util.Map;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN (LA level, query): every child with a disability (other than NONE) has only one disability code, though
 * several should be recorded where they apply.
 */
public class Rule2888Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table dis = Cin.table(data, "Disabilities");
        Map<String, Integer> perChild = new HashMap<>();
        for (int row = 0; row < dis.size(); row++) {
            String child = dis.get(row, "LAchildID");
            String code = dis.get(row, "Disability");
            if (child != null && !"NONE".equals(code)) {
                perChild.merge(child, code == null ? 0 : 1, Integer::sum);
            }
        }
        return Cin.failReturnIf(!perChild.isEmpty() && perChild.values().stream().allMatch(n -> n <= 1));
    }
}
