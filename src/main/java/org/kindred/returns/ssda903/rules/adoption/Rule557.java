package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.List;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/** A child placed for adoption or under a freeing/placement order who left care without being adopted needs the adoption decision closed. */
public class Rule557 extends RuleVersion {
    private static final Set<String> ADOPTION_PLACEMENTS = Set.of("A3", "A4", "A5", "A6");
    private final Set<String> orders;

    public Rule557(RuleDefinition definition) {
        super(definition);
        this.orders = switch (definition.ruleset()) {
            case "lac2024_25" -> Set.of("E1");
            default -> Set.of("D1", "E1");
        };
    }

    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        Table placed = table(data, "PlacedAdoption");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            String rec = episodes.get(r, "REC");
            boolean placedOrOrdered = in(episodes.get(r, "PLACE"), ADOPTION_PLACEMENTS) || in(episodes.get(r, "LS"), orders);
            boolean leftNotAdopted = present(rec) && !in(rec, Set.of("E11", "E12")) && !"X1".equals(rec);
            if (!placedOrOrdered || !leftNotAdopted) {
                continue;
            }
            List<Integer> decisions = rowsOfChild(placed, episodes.get(r, "CHILD"));
            if (decisions.isEmpty()) {
                result.flagRow("Episodes", r);
            }
            for (int p : decisions) {
                if (na(placed.get(p, "DATE_PLACED_CEASED")) || na(placed.get(p, "REASON_PLACED_CEASED"))) {
                    result.flagRow("Episodes", r);
                    result.flagRow("PlacedAdoption", p);
                }
            }
        }
        return result;
    }
}
