package org.kindred.returns.ssda903.rules.careleavers;

import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A care leaver reported last year as having died must be reported as died (DIED) again this year. */
public class Rule348 implements Rule, Join.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return Join.againstLastYear(data, "OC3", true, this);
    }

    @Override
    public boolean joins(ReturnData data, Table oc3, int r) {
        return !"DIED".equals(oc3.get(r, "IN_TOUCH"));
    }

    @Override
    public boolean fails(ReturnData data, Table oc3, int r, Table last, int l) {
        return "DIED".equals(last.get(l, "IN_TOUCH"));
    }
}
