package org.kindred.returns.ssda903.rules.episodes;

import java.time.LocalDate;
import java.util.List;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child's first episode, when it starts in this collection year, must have reason for new episode S. */
public class Rule357 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = Dates.collectionStart(data);
        if (!data.has("Episodes") || start == null) {
            return RuleResult.skipped("needs Episodes and the collection start");
        }
        Table eps = Part2Support.table(data, "Episodes");
        RuleResult result = new RuleResult();
        for (List<Integer> group : Part2Support.byChildInDateOrder(eps, "DECOM")) {
            int first = group.get(0);
            LocalDate decom = Dates.date(eps, first, "DECOM");
            if (Part2Support.blank(eps, first, "CHILD") || decom == null || decom.isBefore(start)) {
                continue;
            }
            if (!"S".equals(eps.get(first, "RNE"))) {
                result.flagRow("Episodes", first);
            }
        }
        return result;
    }
}
