package org.kindred.returns.ssda903.rules.liberty;

import static org.kindred.returns.ssda903.rules.kit.Dates.date;

import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/** The DoLO start date (700) must be a valid date, and its end date (701) where given. */
public class Rules700And701 extends RuleVersion implements Rows.Test {
    private final String field = definition().fields().get(0);
    private final boolean required = code().equals("700");

    public Rules700And701(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, "DoLo", this);
    }

    @Override
    public boolean fails(Table t, int r) {
        return (required || t.get(r, field) != null) && date(t.get(r, field)) == null;
    }
}
