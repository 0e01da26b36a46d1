package org.kindred.returns.cin.rules.child;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/**
 * CIN (query): a child more than 25 years old at the reference date should not have an open episode or one
 * closed after the 25th birthday.
 */
public class Rule8775Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.withReferenceDate(data, reference -> {
            LocalDate limit = reference.minusYears(25);
            return Cin.join(data, "ChildIdentifiers", "CINdetails", Cin.keys("LAchildID"), (ids, i, cin, c) -> {
                LocalDate birth = ids.date(i, "PersonBirthDate");
                if (birth == null || !birth.isBefore(limit)) {
                    return false;
                }
                LocalDate closure = cin.date(c, "CINclosureDate");
                return closure == null || closure.isAfter(birth.plusYears(25));
            }, Cin.cols("PersonBirthDate"), Cin.cols("CINclosureDate"));
        });
    }
}
