package org.kindred.returns.ssda903.rules.episodes;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.AgeAtEnd;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/**
 * An episode ending with a move to independent living (E5, E6) must end on or after the child's 14th
 * birthday; as in the reference tool, a child without a known date of birth is flagged too.
 */
public class Rule387 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return AgeAtEnd.check(data, Set.of("E5", "E6"), 14,
                (fourteenth, dec) -> dec != null && !Dates.onOrBefore(fourteenth, dec));
    }
}
