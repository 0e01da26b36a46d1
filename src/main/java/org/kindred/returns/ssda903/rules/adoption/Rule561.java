package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.ssda903.rules.kit.LastYear;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A decision to place for adoption that ended last year cannot be reported again with the same date. */
public class Rule561 implements Rule, LastYear.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return LastYear.flag(data, "PlacedAdoption", this);
    }

    @Override
    public boolean fails(Table placed, int p, Table last, int l) {
        return same(placed.get(p, "DATE_PLACED"), last.get(l, "DATE_PLACED"))
                && (present(last.get(l, "REASON_PLACED_CEASED")) || present(last.get(l, "DATE_PLACED_CEASED")));
    }
}
