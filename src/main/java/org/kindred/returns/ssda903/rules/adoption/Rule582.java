package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The adoption date (episode end) should not be the same as the date the child was matched with adopters. */
@RuleDefinition(code = "582", ruleset = "lac2022_23",
        message = "Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the date reported for being matched with adopters. In most circumstances we expect the date the child is matched with adopters to be before the date of adoption.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "AD1"}, fields = {"DEC", "DATE_MATCH"})
public class Rule582 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        Table ad1 = table(data, "AD1");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            if (!in(episodes.get(r, "REC"), Set.of("E11", "E12"))) {
                continue;
            }
            for (int a : rowsOfChild(ad1, episodes.get(r, "CHILD"))) {
                if (same(episodes.get(r, "DEC"), ad1.get(a, "DATE_MATCH"))) {
                    result.flagRow("Episodes", r);
                }
            }
        }
        return result;
    }
}
