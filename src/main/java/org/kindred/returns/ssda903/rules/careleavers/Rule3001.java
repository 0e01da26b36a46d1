package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A care leaver who turned 17 in the year cannot be recorded as living with former foster carers (Z1/Z2). */
public class Rule3001 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = collectionStart(data);
        LocalDate end = collectionEnd(data);
        if (start == null || end == null) {
            return RuleResult.skipped("no collection period");
        }
        Table header = table(data, "Header");
        Table oc3 = table(data, "OC3");
        Map<String, List<Integer>> headerRows = rowsByChild(header);
        RuleResult result = new RuleResult();
        for (int o = 0; o < oc3.size(); o++) {
            String accom = oc3.get(o, "ACCOM");
            if (accom == null || !in(accom.toUpperCase(Locale.ROOT), "Z1", "Z2")) {
                continue;
            }
            for (int h : rowsOf(headerRows, oc3.get(o, "CHILD"))) {
                LocalDate dob = date(header.get(h, "DOB"));
                LocalDate dob17 = dob == null ? null : dob.plusYears(17);
                if (dob17 != null && !dob17.isAfter(end) && !dob17.isBefore(start)) {
                    result.flagRow("OC3", o);
                }
            }
        }
        return result;
    }
}
