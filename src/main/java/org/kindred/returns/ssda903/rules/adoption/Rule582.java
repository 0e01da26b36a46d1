package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;
import java.util.Set;

/** The adoption date (episode end) should not be the same as the date the child was matched with adopters. */
public class Rule582 implements Rule, Join.Test {
    private static final Set<String> ADOPTED = Set.of("E11", "E12");

    @Override
    public RuleResult check(ReturnData data) {
        return Join.flag(data, "Episodes", "AD1", Join.Flag.ROW, this);
    }

    @Override
    public boolean joins(ReturnData data, Table episodes, int r) {
        return in(episodes.get(r, "REC"), ADOPTED);
    }

    @Override
    public boolean fails(ReturnData data, Table episodes, int r, Table ad1, int a) {
        return same(episodes.get(r, "DEC"), ad1.get(a, "DATE_MATCH"));
    }
}
