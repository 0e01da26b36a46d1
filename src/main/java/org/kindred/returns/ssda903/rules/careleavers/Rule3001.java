package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;
import java.time.LocalDate;
import java.util.Locale;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A care leaver who turned 17 in the year cannot be recorded as living with former foster carers (Z1/Z2). */
public class Rule3001 implements Rule, Join.Test {
    @Override
    public RuleResult check(ReturnData data) {
        if (collectionStart(data) == null || collectionEnd(data) == null) {
            return RuleResult.skipped("no collection period");
        }
        return Join.flag(data, "OC3", "Header", Join.Flag.ROW, this);
    }

    @Override
    public boolean joins(ReturnData data, Table oc3, int o) {
        String accom = oc3.get(o, "ACCOM");
        return accom != null && in(accom.toUpperCase(Locale.ROOT), "Z1", "Z2");
    }

    @Override
    public boolean fails(ReturnData data, Table oc3, int o, Table header, int h) {
        LocalDate dob = date(header.get(h, "DOB"));
        LocalDate dob17 = dob == null ? null : dob.plusYears(17);
        return dob17 != null && !dob17.isAfter(collectionEnd(data)) && !dob17.isBefore(collectionStart(data));
    }
}
