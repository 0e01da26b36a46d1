package org.kindred.returns.ssda903.rules.header;

import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child in last year's return must have the same ethnic origin (ignoring case) this year. */
public class Rule204 implements Rule, Join.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return Join.againstLastYear(data, "Header", true, this);
    }

    @Override
    public boolean fails(ReturnData data, Table header, int r, Table last, int l) {
        return !Part2Support.text(header, r, "ETHNIC").toUpperCase().equals(Part2Support.text(last, l, "ETHNIC").toUpperCase());
    }
}
