package org.kindred.returns.ssda903.rules.kit;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/**
 * A rule that flags each row of the first table its definition names that fails {@link #fails}: the test is a
 * method, not a lambda, because each lambda costs the JVM a class made at run time (a tenth of a second for a
 * hundred rules when the return is validated).
 */
public abstract class RowRule implements Rule, Rows.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, definition().tables().get(0), this);
    }
}
