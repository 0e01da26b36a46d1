package org.kindred.returns.ssda903.rules.header;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * A child's UPN must match last year's, except a change from UN1 or blank to another unknown code
 * (UN2-UN5), or from unknown or blank to a real UPN.
 */
public class Rule208 implements Rule, Join.Test {
    private static final Set<String> UN2_TO_5 = Set.of("UN2", "UN3", "UN4", "UN5");
    private static final Set<String> UN_CODES = Set.of("UN1", "UN2", "UN3", "UN4", "UN5");

    @Override
    public RuleResult check(ReturnData data) {
        return Join.againstLastYear(data, "Header", true, this);
    }

    @Override
    public boolean fails(ReturnData data, Table header, int r, Table last, int l) {
        String now = upn(header, r);
        String before = upn(last, l);
        boolean different = now == null ? before != null : !now.equals(before);
        boolean validUnknownChange = ("UN1".equals(before) || before == null) && now != null && UN2_TO_5.contains(now);
        boolean unknownToKnown = (before == null || UN_CODES.contains(before)) && !(now == null || UN_CODES.contains(now));
        return different && !validUnknownChange && !unknownToKnown;
    }

    private static String upn(Table t, int r) {
        return Part2Support.blank(t, r, "UPN") ? null : t.get(r, "UPN").toUpperCase();
    }
}
