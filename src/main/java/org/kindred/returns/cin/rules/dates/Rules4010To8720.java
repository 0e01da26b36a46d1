package org.kindred.returns.cin.rules.dates;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/**
 * A date must be present (except 8520's birth date) and on or before the reference date; the field and table are
 * those the definition names first. 8720 checks only plans with an ID.
 * <br>4010: the CIN plan start. <br>8520: the child's birth. <br>8600: the referral.
 * <br>8720: the child protection plan start.
 */
public class Rules4010To8720 extends RuleVersion {
    private final boolean required = !code().equals("8520");
    private final String onlyWith = code().equals("8720") ? "CPPID" : null;

    public Rules4010To8720(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = Cin.referenceDate(data);
        String column = definition().fields().get(0);
        return Cin.flagRows(data, definition().tables().get(0), (t, row) -> {
            if (onlyWith != null && t.get(row, onlyWith) == null) {
                return false;
            }
            LocalDate d = t.date(row, column);
            return d == null ? required : Cin.after(d, end);
        }, column);
    }
}
