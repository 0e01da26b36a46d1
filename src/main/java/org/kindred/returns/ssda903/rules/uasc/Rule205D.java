package org.kindred.returns.ssda903.rules.uasc;

import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.UascStatus;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child who is UASC this year and was in last year's return must have been UASC last year too. */
public class Rule205D implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table header = Part2Support.table(data, "Header");
        Table uasc = Part2Support.table(data, "UASC");
        Table headerLast = Part2Support.table(data, "Header_last");
        Table uascLast = Part2Support.table(data, "UASC_last");
        if ((header == null && uasc == null) || (headerLast == null && uascLast == null)) {
            return RuleResult.skipped("needs this and last year's Header or UASC");
        }
        if ((header != null && !header.hasColumn("UASC")) || (headerLast != null && !headerLast.hasColumn("UASC"))) {
            return RuleResult.skipped("no UASC column");
        }
        Table source = header != null ? header : uasc;
        String flagTable = header != null ? "Header" : "UASC";
        UascStatus current = header != null ? UascStatus.fromHeader(header) : UascStatus.fromUascTable(uasc);
        UascStatus last = headerLast != null ? UascStatus.fromHeader(headerLast) : UascStatus.fromUascTable(uascLast);
        RuleResult result = new RuleResult();
        for (int r = 0; r < source.size(); r++) {
            if (!"1".equals(current.status(r))) {
                continue;
            }
            for (int l : last.rows(Part2Support.key(source, r, "CHILD"))) {
                if (!"1".equals(last.status(l))) {
                    result.flagRow(flagTable, r);
                }
            }
        }
        return result;
    }
}
