package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Part1Support.in;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** Episodes: a placement provider must be PR0-PR5, and not given for placements with no provider (T0-T4, Z1). */
public class Rule178 extends RowVersion {
    private static final Set<String> PROVIDERS = Set.of("PR0", "PR1", "PR2", "PR3", "PR4", "PR5");
    private final Set<String> noProvider;

    public Rule178(RuleDefinition definition) {
        super(definition);
        this.noProvider = switch (definition.ruleset()) {
            case "lac2025_26" -> Set.of("T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14");
            default -> Set.of("T0", "T1", "T2", "T3", "T4", "Z1");
        };
    }

    @Override
    public boolean fails(Table t, int row) {
        return t.get(row, "PLACE_PROVIDER") != null
                && !(PROVIDERS.contains(t.get(row, "PLACE_PROVIDER")) && !in(t.get(row, "PLACE"), noProvider));
    }
}
