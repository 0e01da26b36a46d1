package org.kindred.returns.ssda903.rules.episodes;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.AgeAtEnd;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** An episode ending in adoption (E11, E12) must end before the child's 18th birthday. */
public class Rule386 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return AgeAtEnd.check(data, Set.of("E11", "E12"), 18,
                (eighteenth, dec) -> eighteenth != null && dec != null && !eighteenth.isAfter(dec));
    }
}
