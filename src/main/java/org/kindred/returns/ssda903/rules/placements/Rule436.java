package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.List;
import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.EpisodePairs;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A new episode for a change of both placement and legal status (RNE U or B) must change both. */
public class Rule436 implements Rule, EpisodePairs.Test {
    private static final List<String> PLACEMENT = List.of("PLACE", "PL_POST", "URN", "PLACE_PROVIDER");

    @Override
    public RuleResult check(ReturnData data) {
        return EpisodePairs.flag(data, this);
    }

    @Override
    public boolean fails(Table episodes, int current, int previous) {
        if (!in(episodes.get(current, "RNE"), Set.of("U", "B"))) {
            return false;
        }
        boolean placementSame = true;
        for (String column : PLACEMENT) {
            placementSame &= sameText(episodes.get(current, column), episodes.get(previous, column));
        }
        return sameText(episodes.get(current, "LS"), episodes.get(previous, "LS")) || placementSame;
    }
}
