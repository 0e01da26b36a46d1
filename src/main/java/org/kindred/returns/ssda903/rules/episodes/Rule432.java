package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.EpisodePairs;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** After an episode that ended the period of care, the next episode must start a new one (RNE S). */
public class Rule432 implements Rule, EpisodePairs.Test {
    private static final Set<String> LEFT_CARE = Set.of("E2", "E3", "E4A", "E4B", "E5", "E6", "E7", "E8", "E9", "E11",
            "E12", "E13", "E14", "E15", "E16", "E17", "E41", "E45", "E46", "E47", "E48");

    @Override
    public RuleResult check(ReturnData data) {
        return EpisodePairs.flag(data, this);
    }

    @Override
    public boolean fails(Table episodes, int current, int previous) {
        return in(episodes.get(previous, "REC"), LEFT_CARE) && !"S".equals(episodes.get(current, "RNE"));
    }
}
