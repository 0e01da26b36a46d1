package org.kindred.returns.ssda903.rules.header;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import org.kindred.returns.ssda903.rules.kit.ReturnRowRule;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The child's date of birth must not be after the end of the collection year. */
public class Rule301 extends ReturnRowRule {
    @Override
    public RuleResult check(ReturnData data) {
        return collectionEnd(data) == null ? RuleResult.skipped("needs Header and the collection end") : super.check(data);
    }

    @Override
    public boolean fails(ReturnData data, Table header, int r) {
        return after(date(header, r, "DOB"), collectionEnd(data));
    }
}
