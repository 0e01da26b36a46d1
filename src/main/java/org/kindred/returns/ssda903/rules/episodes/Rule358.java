package org.kindred.returns.ssda903.rules.episodes;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** An episode with a youth justice legal status (J1, J2, J3) must start after the child's 10th birthday. */
public class Rule358 implements Rule, Join.Test {
    private static final Set<String> YOUTH_JUSTICE = Set.of("J1", "J2", "J3");

    @Override
    public RuleResult check(ReturnData data) {
        return Join.flagBlankAsMissing(data, "Episodes", "Header", Join.Flag.ROW_AND_MATCH, this);
    }

    @Override
    public boolean joins(ReturnData data, Table episodes, int e) {
        return Part2Support.in(episodes, e, "LS", YOUTH_JUSTICE) && Dates.date(episodes, e, "DECOM") != null;
    }

    @Override
    public boolean fails(ReturnData data, Table episodes, int e, Table header, int h) {
        return Dates.onOrAfter(Dates.plusYears(Dates.date(header, h, "DOB"), 10), Dates.date(episodes, e, "DECOM"));
    }
}
