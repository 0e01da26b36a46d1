package org.kindred.returns.ssda903.rules.episodes;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.AgeAtEnd;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/**
 * An episode ending with transfer to adult social care (E7) must end on or after the child's 16th birthday;
 * as in the reference tool, a missing end date or date of birth counts as not shown to be 16.
 */
public class Rule389 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return AgeAtEnd.check(data, Set.of("E7"), 16,
                (sixteenth, dec) -> !Dates.onOrBefore(sixteenth, dec));
    }
}
