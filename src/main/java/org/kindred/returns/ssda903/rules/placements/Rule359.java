package org.kindred.returns.ssda903.rules.placements;

import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** An open episode of a child who turned 18 before the collection end must be under V2 in a community home (K2). */
public class Rule359 implements Rule, Join.Test {
    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("Episodes", "Header") || Dates.collectionEnd(data) == null) {
            return RuleResult.skipped("needs Episodes, Header and the collection end");
        }
        return Join.flagBlankAsMissing(data, "Episodes", "Header", Join.Flag.ROW, this);
    }

    @Override
    public boolean joins(ReturnData data, Table episodes, int e) {
        boolean v2InK2 = "V2".equals(episodes.get(e, "LS")) && "K2".equals(episodes.get(e, "PLACE"));
        return Part2Support.blank(episodes, e, "DEC") && !v2InK2;
    }

    @Override
    public boolean fails(ReturnData data, Table episodes, int e, Table header, int h) {
        return Dates.before(Dates.plusYears(Dates.date(header, h, "DOB"), 18), Dates.collectionEnd(data));
    }
}
