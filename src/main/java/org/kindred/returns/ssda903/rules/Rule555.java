package org.kindred.returns.ssda903.rules;

import static org.kindred.returns.ssda903.rules.Part3Support.*;

import java.util.List;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child with a freeing order (D1) needs a decision to place for adoption that is still in force. */
@RuleDefinition(code = "555", ruleset = "lac2022_23",
        message = "Freeing order has been granted but there is no date of decision that the child should be placed for adoption.",
        years = {"2022/23", "2023/24"},
        tables = {"Episodes", "PlacedAdoption"}, fields = {"CHILD", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"})
public class Rule555 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        Table placed = table(data, "PlacedAdoption");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            if (!"D1".equals(episodes.get(r, "LS"))) {
                continue;
            }
            List<Integer> decisions = rowsOfChild(placed, episodes.get(r, "CHILD"));
            if (decisions.isEmpty()) {
                result.flagRow("Episodes", r);
            }
            if (na(episodes.get(r, "DEC"))) {
                for (int p : decisions) {
                    if (present(placed.get(p, "DATE_PLACED_CEASED")) || present(placed.get(p, "REASON_PLACED_CEASED"))) {
                        result.flagRow("PlacedAdoption", p);
                    }
                }
            }
        }
        return result;
    }
}
