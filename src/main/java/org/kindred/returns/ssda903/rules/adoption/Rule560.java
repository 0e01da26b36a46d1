package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.ssda903.rules.kit.LastYear;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** If last year's decision to place for adoption was still in force, this year's decision date must be the same. */
public class Rule560 implements Rule, LastYear.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return LastYear.flag(data, "PlacedAdoption", this);
    }

    @Override
    public boolean fails(Table placed, int p, Table last, int l) {
        return present(last.get(l, "DATE_PLACED")) && na(last.get(l, "DATE_PLACED_CEASED"))
                && differs(placed.get(p, "DATE_PLACED"), last.get(l, "DATE_PLACED"));
    }
}
