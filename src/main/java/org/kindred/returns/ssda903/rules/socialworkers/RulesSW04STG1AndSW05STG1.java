package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Dates.partialDate;

import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * The social worker episode's start date (SW04) must be a valid date, and its end date (SW05) where given; unknown
 * parts may be ZZ.
 */
public class RulesSW04STG1AndSW05STG1 extends RuleVersion implements Rows.Test {
    private final String field = definition().fields().get(0);
    private final boolean required = code().equals("SW04STG1");

    public RulesSW04STG1AndSW05STG1(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, "SWEpisodes", this);
    }

    @Override
    public boolean fails(Table t, int r) {
        return (required || t.get(r, field) != null) && partialDate(t.get(r, field)) == null;
    }
}
