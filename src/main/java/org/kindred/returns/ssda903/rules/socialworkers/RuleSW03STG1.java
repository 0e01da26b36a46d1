package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A social worker episode must have an ID, a start date and a reason. */
public class RuleSW03STG1 extends RowRule {
    @Override
    public boolean fails(Table swe, int r) {
        return na(swe.get(r, "SW_ID")) || na(swe.get(r, "SW_DECOM")) || na(swe.get(r, "SW_REASON"));
    }
}
