package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.HashSet;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child cannot have both V3 and V4 short-break episodes in the same year. */
public class Rule426 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        Set<String> v3 = new HashSet<>();
        Set<String> v4 = new HashSet<>();
        for (int r = 0; r < episodes.size(); r++) {
            String ls = episodes.get(r, "LS");
            if ("V3".equals(ls)) {
                v3.add(episodes.get(r, "CHILD"));
            } else if ("V4".equals(ls)) {
                v4.add(episodes.get(r, "CHILD"));
            }
        }
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            String child = episodes.get(r, "CHILD");
            if (in(episodes.get(r, "LS"), Set.of("V3", "V4")) && v3.contains(child) && v4.contains(child)) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
