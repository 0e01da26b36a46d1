package org.kindred.returns.ssda903.rules.careleavers;

import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;
import java.util.List;

/** A child with care leaver information (OC3) must not also have the 12-month outcome items (OC2) filled in. */
public class Rule215 implements Rule, Join.Test {
    private static final List<String> CARE_LEAVER = List.of("IN_TOUCH", "ACTIV", "ACCOM");
    private static final List<String> OUTCOMES = List.of("CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
            "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED");

    @Override
    public RuleResult check(ReturnData data) {
        return Join.flagBlankAsMissing(data, "OC3", "OC2", Join.Flag.ROW_AND_MATCH, this);
    }

    @Override
    public boolean joins(ReturnData data, Table oc3, int r) {
        return Part2Support.anyPresent(oc3, r, CARE_LEAVER);
    }

    @Override
    public boolean fails(ReturnData data, Table oc3, int r, Table oc2, int o) {
        return Part2Support.anyPresent(oc2, o, OUTCOMES);
    }
}
