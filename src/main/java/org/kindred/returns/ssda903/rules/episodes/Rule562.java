package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child's first episode that began before this year must match the last episode of last year's return. */
public class Rule562 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("Episodes_last")) {
            return RuleResult.skipped("needs Episodes and Episodes_last");
        }
        Table episodes = table(data, "Episodes");
        Table last = table(data, "Episodes_last");
        LocalDate start = collectionStart(data);
        Map<String, Integer> lastEpisodes = latestPerChild(last, "DECOM");
        RuleResult result = new RuleResult();
        for (var child : groupByChild(episodes).entrySet()) {
            Integer first = null;
            for (int r : child.getValue()) {
                LocalDate decom = date(episodes, r, "DECOM");
                if (before(decom, start) && (first == null || decom.isBefore(date(episodes, first, "DECOM")))) {
                    first = r;
                }
            }
            if (first == null) {
                continue;
            }
            Integer l = lastEpisodes.get(child.getKey());
            if (l == null || !date(episodes, first, "DECOM").equals(date(last, l, "DECOM"))) {
                result.flagRow("Episodes", first);
            }
        }
        return result;
    }
}
