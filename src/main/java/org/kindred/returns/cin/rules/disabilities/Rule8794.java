package org.kindred.returns.cin.rules.disabilities;

import java.util.List;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN disabilities: a child must not have the same disability code twice. */
@RuleDefinition(code = "8794", ruleset = "cin2022_23",
        message = "Child has two or more disabilities with the same code",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Disabilities"},
        fields = {"Disability"})
public class Rule8794 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table dis = Cin.table(data, "Disabilities");
        RuleResult result = new RuleResult();
        for (List<Integer> rows : Cin.groupBy(dis, "LAchildID", "Disability").values()) {
            int first = rows.get(0);
            if (rows.size() > 1 && dis.get(first, "LAchildID") != null && dis.get(first, "Disability") != null) {
                rows.forEach(r -> result.flagCell("Disabilities", r, "Disability"));
            }
        }
        return result;
    }
}
