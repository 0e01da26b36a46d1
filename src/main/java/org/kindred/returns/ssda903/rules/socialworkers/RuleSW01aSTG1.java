package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A social worker episode must have a valid start date, and one starting before 1 April 2023 a social worker ID. */
public class RuleSW01aSTG1 extends RowRule {

    private static final LocalDate APRIL_2023 = LocalDate.of(2023, 4, 1);

    @Override
    public boolean fails(Table swe, int r) {
        LocalDate decom = date(swe.get(r, "SW_DECOM"));
        return decom == null || (decom.isBefore(APRIL_2023) && na(swe.get(r, "SW_ID")));
    }
}
