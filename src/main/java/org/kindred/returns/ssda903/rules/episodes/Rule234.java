package org.kindred.returns.ssda903.rules.episodes;

import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** An episode starting before the child's 10th birthday cannot have placement change reason CUSTOD. */
public class Rule234 implements Rule, Join.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return Join.flagBlankAsMissing(data, "Episodes", "Header", Join.Flag.ROW_AND_MATCH, this);
    }

    @Override
    public boolean joins(ReturnData data, Table episodes, int e) {
        return "CUSTOD".equals(episodes.get(e, "REASON_PLACE_CHANGE")) && Dates.date(episodes, e, "DECOM") != null;
    }

    @Override
    public boolean fails(ReturnData data, Table episodes, int e, Table header, int h) {
        return Dates.after(Dates.plusYears(Dates.date(header, h, "DOB"), 10), Dates.date(episodes, e, "DECOM"));
    }
}
