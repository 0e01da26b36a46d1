package org.kindred.returns.ssda903.rules.episodes;

import java.util.List;
import java.util.Map;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A looked-after child recorded as a mother last year must still be recorded as a mother this year. */
public class Rule207 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("Header_last")) {
            return RuleResult.skipped("needs Header, Header_last and Episodes");
        }
        Table header = Part2Support.table(data, "Header");
        Table last = Part2Support.table(data, "Header_last");
        Map<String, List<Integer>> lastByChild = Part2Support.rowsBy(last, "CHILD");
        Map<String, List<Integer>> episodesByChild = Part2Support.rowsBy(Part2Support.table(data, "Episodes"), "CHILD");
        RuleResult result = new RuleResult();
        for (int r = 0; r < header.size(); r++) {
            if (Part2Support.matches(episodesByChild, header, r).isEmpty()) {
                continue;
            }
            String mother = Part2Support.text(header, r, "MOTHER");
            for (int l : Part2Support.matches(lastByChild, header, r)) {
                String before = Part2Support.text(last, l, "MOTHER");
                if (before.equals("1") && !mother.equals(before)) {
                    result.flagRow("Header", r);
                }
            }
        }
        return result;
    }
}
