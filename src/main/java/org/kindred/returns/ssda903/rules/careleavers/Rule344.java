package org.kindred.returns.ssda903.rules.careleavers;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A care leaver who died or returned home (DIED, RHOM) must have activity and accommodation coded 0. */
public class Rule344 extends RowRule {
    private static final Set<String> NOT_IN_CARE_LEAVING = Set.of("DIED", "RHOM");

    @Override
    public boolean fails(Table oc3, int r) {
        return Part2Support.in(oc3, r, "IN_TOUCH", NOT_IN_CARE_LEAVING)
                && (!"0".equals(oc3.get(r, "ACTIV")) || !"0".equals(oc3.get(r, "ACCOM")));
    }
}
