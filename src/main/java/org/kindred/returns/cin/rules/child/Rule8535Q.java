package org.kindred.returns.cin.rules.child;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/**
 * CIN child identifiers (query): a child's date of death should not be before the date of birth (or have no
 * date of birth), unless the child died unborn (expected birth after the death).
 */
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
