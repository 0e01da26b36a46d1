package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The decision to place for adoption should be on the same date as the decision that adoption is in the child's best interests. */
public class Rule523 implements Rule, Join.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return Join.flag(data, "PlacedAdoption", "AD1", Join.Flag.ROW_AND_MATCH, this);
    }

    @Override
    public boolean joins(ReturnData data, Table placed, int p) {
        return date(placed, p, "DATE_PLACED") != null;
    }

    @Override
    public boolean fails(ReturnData data, Table placed, int p, Table ad1, int a) {
        java.time.LocalDate bestInterest = date(ad1, a, "DATE_INT");
        return bestInterest != null && !bestInterest.equals(date(placed, p, "DATE_PLACED"));
    }
}
