package org.kindred.returns.ssda903.rules.episodes;

import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A period of care (RNE S) must not start on or after the child's 18th birthday. */
public class Rule352 implements Rule, Join.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return Join.flagBlankAsMissing(data, "Episodes", "Header", Join.Flag.ROW, this);
    }

    @Override
    public boolean joins(ReturnData data, Table episodes, int e) {
        String rne = episodes.get(e, "RNE");
        return rne != null && rne.toUpperCase().equals("S") && Dates.date(episodes, e, "DECOM") != null;
    }

    @Override
    public boolean fails(ReturnData data, Table episodes, int e, Table header, int h) {
        return Dates.onOrBefore(Dates.plusYears(Dates.date(header, h, "DOB"), 18), Dates.date(episodes, e, "DECOM"));
    }
}
