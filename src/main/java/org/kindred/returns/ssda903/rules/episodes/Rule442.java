package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child with any episode other than a short break (V3/V4) must have a UPN. */
public class Rule442 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        Table header = table(data, "Header");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            if (in(episodes.get(r, "LS"), Set.of("V3", "V4"))) {
                continue;
            }
            for (int h : rowsOfChild(header, episodes.get(r, "CHILD"))) {
                if (na(header.get(h, "UPN"))) {
                    result.flagRow("Header", h);
                }
            }
        }
        return result;
    }
}
