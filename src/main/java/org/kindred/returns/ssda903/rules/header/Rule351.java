package org.kindred.returns.ssda903.rules.header;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import org.kindred.returns.ssda903.rules.kit.ReturnRowRule;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The child must not have passed their 25th birthday before the start of the collection year. */
public class Rule351 extends ReturnRowRule {
    @Override
    public RuleResult check(ReturnData data) {
        return collectionStart(data) == null ? RuleResult.skipped("needs Header and the collection start") : super.check(data);
    }

    @Override
    public boolean fails(ReturnData data, Table header, int r) {
        return after(collectionStart(data), plusYears(date(header, r, "DOB"), 25));
    }
}
