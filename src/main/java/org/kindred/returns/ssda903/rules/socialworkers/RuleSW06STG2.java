package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import org.kindred.returns.ssda903.rules.kit.ReturnRowRule;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A social worker episode must not start after the end of the collection year. */
public class RuleSW06STG2 extends ReturnRowRule {
    @Override
    public RuleResult check(ReturnData data) {
        return collectionEnd(data) == null ? RuleResult.skipped("no collection end") : super.check(data);
    }

    @Override
    public boolean fails(ReturnData data, Table swe, int r) {
        java.time.LocalDate decom = date(swe.get(r, "SW_DECOM"));
        return decom != null && decom.isAfter(collectionEnd(data));
    }
}
