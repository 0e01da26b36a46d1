package org.kindred.returns.ssda903.rules.kit;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/**
 * {@link RowRule} for a test that also reads the return (the collection start or end): flags each row of the first
 * table its definition names that fails. A rule that skips without the period checks that before {@code super.check}.
 */
public abstract class ReturnRowRule implements Rule, Rows.ReturnTest {
    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, definition().tables().get(0), this);
    }
}
