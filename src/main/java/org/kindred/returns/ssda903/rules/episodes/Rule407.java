package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;
import java.util.Set;

/** An episode cannot end with a special guardianship order (E45-E48) after the child turned 18. */
public class Rule407 implements Rule, Join.Test {
    private static final Set<String> SGO_CODES = Set.of("E45", "E46", "E47", "E48");

    @Override
    public RuleResult check(ReturnData data) {
        return Join.flag(data, "Episodes", "Header", Join.Flag.ROW_AND_MATCH, this);
    }

    @Override
    public boolean joins(ReturnData data, Table episodes, int r) {
        return in(episodes.get(r, "REC"), SGO_CODES) && date(episodes, r, "DEC") != null;
    }

    @Override
    public boolean fails(ReturnData data, Table episodes, int r, Table header, int h) {
        return before(plusYears(date(header, h, "DOB"), 18), date(episodes, r, "DEC"));
    }
}
