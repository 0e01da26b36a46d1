package org.kindred.returns.ssda903.rules.adoption;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** For an episode ending in adoption (E11, E12), the date matched with adopters must not be after the episode start. */
public class Rule331 implements Rule, Join.Test {
    private static final Set<String> ADOPTED = Set.of("E11", "E12");

    @Override
    public RuleResult check(ReturnData data) {
        return Join.flagBlankAsMissing(data, "Episodes", "AD1", Join.Flag.MATCH_AND_ROW, this);
    }

    @Override
    public boolean joins(ReturnData data, Table episodes, int e) {
        return Part2Support.in(episodes, e, "REC", ADOPTED) && Dates.date(episodes, e, "DECOM") != null;
    }

    @Override
    public boolean fails(ReturnData data, Table episodes, int e, Table ad1, int a) {
        return Dates.after(Dates.date(ad1, a, "DATE_MATCH"), Dates.date(episodes, e, "DECOM"));
    }
}
