package org.kindred.returns.ssda903.rules.reviews;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.List;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Children only ever on short-term breaks (V3/V4) must not have mother, review or participation details. */
public class Rule399 implements Rule {
    private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");

    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        Table header = table(data, "Header");
        Table reviews = table(data, "Reviews");
        RuleResult result = new RuleResult();
        for (var child : groupByChild(episodes).entrySet()) {
            if (!child.getValue().stream().allMatch(r -> in(episodes.get(r, "LS"), SHORT_BREAKS))) {
                continue;
            }
            List<Integer> headerRows = orNone(rowsOfChild(header, child.getKey()));
            List<Integer> reviewRows = orNone(rowsOfChild(reviews, child.getKey()));
            for (int episode : child.getValue()) {
                for (Integer h : headerRows) {
                    for (Integer r : reviewRows) {
                        boolean mother = h != null && present(header.get(h, "MOTHER"));
                        boolean review = r != null && (present(reviews.get(r, "REVIEW")) || present(reviews.get(r, "REVIEW_CODE")));
                        if (mother || review) {
                            result.flagRow("Episodes", episode);
                            if (h != null) {
                                result.flagRow("Header", h);
                            }
                            if (r != null) {
                                result.flagRow("Reviews", r);
                            }
                        }
                    }
                }
            }
        }
        return result;
    }
}
