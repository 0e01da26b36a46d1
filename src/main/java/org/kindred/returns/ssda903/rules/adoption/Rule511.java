package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** Two adopters must be recorded as a couple (MM, FF or MF), not as a single adopter (M1/F1). */
public class Rule511 extends RowRule {
    @Override
    public boolean fails(Table ad1, int r) {
        return "2".equals(ad1.get(r, "NB_ADOPTR")) && in(ad1.get(r, "SEX_ADOPTR"), Set.of("M1", "F1"));
    }
}
