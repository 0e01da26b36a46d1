package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.ssda903.rules.kit.EpisodePairs;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The category of need must not change between episodes within the same period of care. */
public class Rule504 implements Rule, EpisodePairs.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return EpisodePairs.flag(data, this);
    }

    @Override
    public boolean fails(Table episodes, int current, int previous) {
        return "X1".equals(episodes.get(previous, "REC"))
                && sameDate(date(episodes, previous, "DEC"), date(episodes, current, "DECOM"))
                && differs(episodes.get(current, "CIN"), episodes.get(previous, "CIN"));
    }
}
