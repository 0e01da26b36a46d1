package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child adopted during the year (E11/E12) must have all the adoption details completed. */
public class Rule601 implements Rule {
    private static final List<String> ADOPTION_FIELDS = List.of("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR");

    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = collectionStart(data);
        LocalDate end = collectionEnd(data);
        Table episodes = table(data, "Episodes");
        Table ad1 = table(data, "AD1");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            LocalDate dec = date(episodes, r, "DEC");
            if (!onOrAfter(dec, start) || !onOrBefore(dec, end) || !in(episodes.get(r, "REC"), Set.of("E11", "E12"))) {
                continue;
            }
            for (int a : rowsOfChild(ad1, episodes.get(r, "CHILD"))) {
                if (ADOPTION_FIELDS.stream().anyMatch(column -> na(ad1.get(a, column)))) {
                    result.flagRow("Episodes", r);
                    result.flagRow("AD1", a);
                }
            }
        }
        return result;
    }
}
