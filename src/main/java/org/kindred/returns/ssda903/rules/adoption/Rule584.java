package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.ssda903.rules.kit.LastYear;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A decision to place for adoption that ended last year must be followed by a later decision this year. */
public class Rule584 implements Rule, LastYear.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return LastYear.flag(data, "PlacedAdoption", this);
    }

    @Override
    public boolean fails(Table placed, int p, Table last, int l) {
        return !(na(last.get(l, "DATE_PLACED_CEASED")) && na(last.get(l, "REASON_PLACED_CEASED")))
                && (na(placed.get(p, "DATE_PLACED"))
                        || onOrBefore(date(placed, p, "DATE_PLACED"), date(last, l, "DATE_PLACED")));
    }
}
