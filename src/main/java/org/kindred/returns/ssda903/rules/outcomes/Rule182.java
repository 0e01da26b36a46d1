package org.kindred.returns.ssda903.rules.outcomes;

import static org.kindred.returns.ssda903.rules.kit.Part1Support.anyMissing;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.anyPresent;

import java.util.List;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** OC2: immunisations, teeth check, health assessment and substance misuse must be given unless all OC2 items are blank. */
public class Rule182 extends RowRule {
    private static final List<String> REQUIRED = List.of("IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE");
    private static final List<String> OTHERS = List.of("CONVICTED", "HEALTH_CHECK", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED");

    @Override
    public boolean fails(Table t, int row) {
        return anyMissing(t, row, REQUIRED) && anyPresent(t, row, OTHERS);
    }
}
