package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.ssda903.rules.kit.EpisodePairs;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** An episode cannot start before the previous episode of the same child ended. */
public class Rule501 implements Rule, EpisodePairs.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return EpisodePairs.flag(data, this);
    }

    @Override
    public boolean fails(Table episodes, int current, int previous) {
        return before(date(episodes, current, "DECOM"), date(episodes, previous, "DEC"));
    }
}
