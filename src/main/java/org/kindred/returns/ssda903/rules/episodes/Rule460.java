package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** An episode ending because the child stayed with carers at 18 (E17) cannot end before the 18th birthday. */
public class Rule460 implements Rule, Join.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return Join.flag(data, "Episodes", "Header", Join.Flag.ROW, this);
    }

    @Override
    public boolean joins(ReturnData data, Table episodes, int r) {
        return "E17".equals(episodes.get(r, "REC"));
    }

    @Override
    public boolean fails(ReturnData data, Table episodes, int r, Table header, int h) {
        return after(plusYears(date(header, h, "DOB"), 18), date(episodes, r, "DEC"));
    }
}
