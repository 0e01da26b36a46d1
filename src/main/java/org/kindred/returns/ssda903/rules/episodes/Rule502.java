package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Where last year ended with an open episode, this year's first episode must have started on the same date. */
public class Rule502 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("Episodes_last")) {
            return RuleResult.skipped("needs Episodes and Episodes_last");
        }
        Table episodes = table(data, "Episodes");
        Table last = table(data, "Episodes_last");
        RuleResult result = new RuleResult();
        for (var first : earliestPerChild(episodes, "DECOM").entrySet()) {
            LocalDate start = date(episodes, first.getValue(), "DECOM");
            for (int l : rowsOfChild(last, first.getKey())) {
                if (na(last.get(l, "DEC")) && !sameDate(start, date(last, l, "DECOM"))) {
                    result.flagRow("Episodes", first.getValue());
                }
            }
        }
        return result;
    }
}
