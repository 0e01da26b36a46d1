package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.List;
import java.util.Objects;
import org.kindred.returns.ssda903.rules.kit.EpisodePairs;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A new episode for a change of legal status only (RNE L) must change the legal status and keep the placement. */
public class Rule434 implements Rule, EpisodePairs.Test {
    private static final List<String> PLACEMENT = List.of("PLACE", "PL_POST", "URN", "PLACE_PROVIDER");

    @Override
    public RuleResult check(ReturnData data) {
        return EpisodePairs.flag(data, this);
    }

    @Override
    public boolean fails(Table episodes, int current, int previous) {
        if (!"L".equals(episodes.get(current, "RNE"))) {
            return false;
        }
        boolean placementChanged = false;
        for (String column : PLACEMENT) {
            placementChanged |= !Objects.toString(episodes.get(current, column), "").equals(Objects.toString(episodes.get(previous, column), ""));
        }
        return same(episodes.get(current, "LS"), episodes.get(previous, "LS")) || placementChanged;
    }
}
