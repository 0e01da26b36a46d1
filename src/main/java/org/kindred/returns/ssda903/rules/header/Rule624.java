package org.kindred.returns.ssda903.rules.header;

import org.kindred.returns.ssda903.rules.kit.LastYear;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The first child's date of birth must match the one recorded in last year's return. */
public class Rule624 implements Rule, LastYear.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return LastYear.flag(data, "Header", this);
    }

    @Override
    public boolean fails(Table header, int r, Table last, int p) {
        String previous = last.get(p, "MC_DOB");
        return previous != null && !previous.equals(header.get(r, "MC_DOB"));
    }
}
