package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child adopted during the year (E11/E12) must have all the adoption details completed. */
@RuleDefinition(code = "601", ruleset = "lac2022_23",
        message = "The additional fields relating to adoption have not been completed although the episode data shows that the child was adopted during the year.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "AD1"}, fields = {"REC", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"})
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
