package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.ssda903.rules.kit.LastYear;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The first episode this year must keep the placement distance of the episode left open last year. */
public class Rule453 implements Rule, LastYear.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return LastYear.flagFirstEpisodes(data, this);
    }

    @Override
    public boolean fails(Table episodes, int r, Table last, int l) {
        if (!same(episodes.get(r, "RNE"), last.get(l, "RNE")) || present(last.get(l, "DEC"))) {
            return false;
        }
        Double now = number(episodes.get(r, "PL_DISTANCE"));
        Double before = number(last.get(l, "PL_DISTANCE"));
        return now != null && before != null && Math.abs(now - before) >= 0.2;
    }
}
