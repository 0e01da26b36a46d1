package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The decision to place for adoption should be on or before the freeing order (D1 episode). */
public class Rule556 implements Rule, Join.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return Join.flag(data, "Episodes", "PlacedAdoption", Join.Flag.ROW, this);
    }

    @Override
    public boolean joins(ReturnData data, Table episodes, int r) {
        return "D1".equals(episodes.get(r, "LS"));
    }

    @Override
    public boolean fails(ReturnData data, Table episodes, int r, Table placed, int p) {
        return after(date(placed, p, "DATE_PLACED"), date(episodes, r, "DECOM"));
    }
}
