package org.kindred.returns.cin.rules.child;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;

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
        return Cin.flagRows(data, "ChildIdentifiers", (t, row) -> {
            LocalDate death = t.date(row, "PersonDeathDate");
            if (death == null || Cin.after(t.date(row, "ExpectedPersonBirthDate"), death)) {
                return false;
            }
            LocalDate birth = t.date(row, "PersonBirthDate");
            return birth == null || birth.isAfter(death);
        }, "PersonDeathDate", "PersonBirthDate");
    }
}
