package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.date;

import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/** The start date of a missing or away period (1004) must be a valid date, and its end date (1005) where given. */
public class Rules1004And1005 extends RuleVersion implements Rows.Test {
    private final String field = definition().fields().get(0);
    private final boolean required = code().equals("1004");

    public Rules1004And1005(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, "Missing", this);
    }

    @Override
    public boolean fails(Table t, int r) {
        return (required || t.get(r, field) != null) && date(t.get(r, field)) == null;
    }
}
