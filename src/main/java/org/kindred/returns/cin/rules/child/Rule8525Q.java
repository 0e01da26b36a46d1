package org.kindred.returns.cin.rules.child;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN child identifiers (query): exactly one of date of birth and expected date of birth must be given. */
public class Rule8525Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.flagRows(data, "ChildIdentifiers", (t, row) -> Cin.isNa(t, row, "PersonBirthDate")
                == Cin.isNa(t, row, "ExpectedPersonBirthDate"), "PersonBirthDate", "ExpectedPersonBirthDate");
    }
}
