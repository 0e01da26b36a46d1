package org.kindred.returns.ssda903.rules.kit;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/** {@link RowRule} for a class of several definitions: flags each row of the definition's first table that fails. */
public abstract class RowVersion extends RuleVersion implements Rows.Test {
    protected RowVersion(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, definition().tables().get(0), this);
    }
}
