package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.List;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (column).
 * <br>553: A child with a placement order (E1) needs a decision to place for adoption that is still in force.
 * <br>555: A child with a freeing order (D1) needs a decision to place for adoption that is still in force.
 */
public class Rules553And555 extends RuleVersion {
    private final String column = switch (code()) {
        case "555" -> "D1";
        default -> "E1";
    };

    public Rules553And555(RuleDefinition definition) {
        super(definition);
    }
    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        Table placed = table(data, "PlacedAdoption");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            if (!column.equals(episodes.get(r, "LS"))) {
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
