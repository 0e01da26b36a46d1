package org.kindred.returns.ssda903.rules.liberty;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A DoLO must end after the day it started. */
public class Rule702 extends RowRule {
    @Override
    public boolean fails(Table dolo, int r) {
        LocalDate start = date(dolo.get(r, "DOLO_START"));
        LocalDate end = date(dolo.get(r, "DOLO_END"));
        return start != null && end != null && !end.isAfter(start);
    }
}
