package org.kindred.returns.cin.rules.overlaps;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/**
 * At most one row of a group may be open (no end date, the field the definition names); every row of a group with
 * more is flagged. Groups missing one of their key cells are left alone.
 * <br>4004: a child's CIN plans within one episode. <br>8896: the assessments within one episode.
 * <br>8935: a child's child protection plans under one plan ID.
 */
public class Rules4004To8935 extends RuleVersion {
    private final String[] group = code().equals("8935")
            ? new String[] {"LAchildID", "CPPID"} : new String[] {"LAchildID", "CINdetailsID"};

    public Rules4004To8935(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        String end = definition().fields().get(0);
        return Cin.flagGroups(Cin.table(data, definition().tables().get(0)), group, (t, rows) ->
                t.get(rows.get(0), group[0]) != null && t.get(rows.get(0), group[1]) != null
                        && rows.stream().filter(r -> Cin.isNa(t, r, end)).count() > 1, end);
    }
}
