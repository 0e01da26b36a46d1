package org.kindred.returns.ssda903.rules.header;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child who was not a mother last year cannot now be a mother of a child born before this collection year. */
public class Rule626 implements Rule, Join.Test {
    @Override
    public RuleResult check(ReturnData data) {
        if (data.has("Header_last") && collectionStart(data) == null) {
            return RuleResult.skipped("no collection start");
        }
        return Join.againstLastYear(data, "Header", false, this);
    }

    @Override
    public boolean joins(ReturnData data, Table header, int r) {
        LocalDate mcDob = date(header.get(r, "MC_DOB"));
        return mcDob != null && mcDob.isBefore(collectionStart(data)) && isNumber(header.get(r, "MOTHER"), 1);
    }

    @Override
    public boolean fails(ReturnData data, Table header, int r, Table last, int p) {
        return isNumber(last.get(p, "MOTHER"), 0);
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
