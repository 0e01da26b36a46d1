package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A missing or away period (M/A) needs a start date. */
public class Rule564 extends RowRule {
    @Override
    public boolean fails(Table missing, int r) {
        return in(missing.get(r, "MISSING"), Set.of("M", "A", "m", "a")) && na(missing.get(r, "MIS_START"));
    }
}
