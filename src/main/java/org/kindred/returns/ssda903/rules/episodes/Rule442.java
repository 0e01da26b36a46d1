package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;
import java.util.Set;

/** A child with any episode other than a short break (V3/V4) must have a UPN. */
public class Rule442 implements Rule, Join.Test {
    private static final Set<String> VOLUNTARY = Set.of("V3", "V4");

    @Override
    public RuleResult check(ReturnData data) {
        return Join.flag(data, "Episodes", "Header", Join.Flag.MATCH, this);
    }

    @Override
    public boolean joins(ReturnData data, Table episodes, int r) {
        return !in(episodes.get(r, "LS"), VOLUNTARY);
    }

    @Override
    public boolean fails(ReturnData data, Table episodes, int r, Table header, int h) {
        return na(header.get(h, "UPN"));
    }
}
