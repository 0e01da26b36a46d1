package org.kindred.returns.cin.rules.child;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;
import org.kindred.returns.validation.Table;

/**
 * CIN child identifiers (query): a child's date of death should not be before the date of birth (or have no
 * date of birth), unless the child died unborn (expected birth after the death).
 */
@RuleDefinition(code = "8535Q", ruleset = "cin2022_23",
        message = "Please check and either amend data or provide a reason: Child’s date of death should not be prior to the date of birth",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers"},
        fields = {"PersonDeathDate", "PersonBirthDate"},
        type = RuleType.QUERY)
public class Rule8535Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        RuleResult result = new RuleResult();
        for (int row = 0; row < ids.size(); row++) {
            LocalDate death = Cin.date(ids, row, "PersonDeathDate");
            if (death == null || Cin.after(Cin.date(ids, row, "ExpectedPersonBirthDate"), death)) {
                continue;
            }
            LocalDate birth = Cin.date(ids, row, "PersonBirthDate");
            if (birth == null || birth.isAfter(death)) {
                Cin.flag(result, ids, row, "PersonDeathDate", "PersonBirthDate");
            }
        }
        return result;
    }
}
