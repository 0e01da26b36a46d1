package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;
import java.util.List;

/** A child whose adoption decision was reversed cannot have adoption details recorded for the year. */
public class Rule525 implements Rule, Join.Test {
    private static final List<String> ADOPTION_FIELDS = List.of("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR");

    @Override
    public RuleResult check(ReturnData data) {
        return Join.flag(data, "PlacedAdoption", "AD1", Join.Flag.ROW_AND_MATCH, this);
    }

    @Override
    public boolean joins(ReturnData data, Table placed, int p) {
        return !na(placed.get(p, "DATE_PLACED_CEASED"));
    }

    @Override
    public boolean fails(ReturnData data, Table placed, int p, Table ad1, int a) {
        for (String column : ADOPTION_FIELDS) {
            if (present(ad1.get(a, column))) {
                return true;
            }
        }
        return false;
    }
}
