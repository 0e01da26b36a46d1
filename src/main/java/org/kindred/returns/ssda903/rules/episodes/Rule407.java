package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** An episode cannot end with a special guardianship order (E45-E48) after the child turned 18. */
public class Rule407 implements Rule {
    private static final Set<String> SGO_CODES = Set.of("E45", "E46", "E47", "E48");

    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        Table header = table(data, "Header");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            if (!in(episodes.get(r, "REC"), SGO_CODES)) {
                continue;
            }
            LocalDate dec = date(episodes, r, "DEC");
            for (int h : rowsOfChild(header, episodes.get(r, "CHILD"))) {
                if (before(plusYears(date(header, h, "DOB"), 18), dec)) {
                    result.flagRow("Episodes", r);
                    result.flagRow("Header", h);
                }
            }
        }
        return result;
    }
}
