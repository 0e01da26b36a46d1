package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** An episode ending with a special guardianship order to former foster carers (E45/E46) must be a placement with foster carers (U1-U6). */
public class Rule516 extends RowRule {
    private static final Set<String> FOSTER = Set.of("U1", "U2", "U3", "U4", "U5", "U6");

    @Override
    public boolean fails(Table episodes, int r) {
        return in(episodes.get(r, "REC"), Set.of("E45", "E46")) && !in(episodes.get(r, "PLACE"), FOSTER);
    }
}
