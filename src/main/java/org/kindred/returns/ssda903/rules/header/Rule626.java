package org.kindred.returns.ssda903.rules.header;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child who was not a mother last year cannot now be a mother of a child born before this collection year. */
public class Rule626 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("Header_last")) {
            return RuleResult.skipped("needs Header and Header_last");
        }
        LocalDate start = collectionStart(data);
        if (start == null) {
            return RuleResult.skipped("no collection start");
        }
        Table header = table(data, "Header");
        Table last = table(data, "Header_last");
        Map<String, List<Integer>> lastRows = rowsByChild(last);
        RuleResult result = new RuleResult();
        for (int r = 0; r < header.size(); r++) {
            LocalDate mcDob = date(header.get(r, "MC_DOB"));
            if (mcDob == null || !mcDob.isBefore(start) || !isNumber(header.get(r, "MOTHER"), 1)) {
                continue;
            }
            for (int p : rowsOf(lastRows, header.get(r, "CHILD"))) {
                if (isNumber(last.get(p, "MOTHER"), 0)) {
                    result.flagRow("Header", r);
                }
            }
        }
        return result;
    }

    private static boolean isNumber(String cell, double value) {
        if (cell == null) {
            return false;
        }
        try {
            return Double.parseDouble(cell.trim()) == value;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
