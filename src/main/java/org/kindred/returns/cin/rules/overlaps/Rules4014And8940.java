package org.kindred.returns.cin.rules.overlaps;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * A child's plan cannot start within another of the child's plans of the same kind (from its start to its end, or
 * to the reference date when it has no end); the plan table and its start and end are those the definition names.
 * <br>4014: CIN plans. <br>8940: child protection plans.
 */
public class Rules4014And8940 extends RuleVersion {

    public Rules4014And8940(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        Table plans = Cin.table(data, definition().tables().get(0));
        String start = definition().fields().get(0);
        String end = definition().fields().get(1);
        LocalDate reference = Cin.referenceDate(data);
        return Cin.laterStarts(plans, Cin.groupBy(plans, "LAchildID").values(), start, end, (a, b) -> {
            LocalDate otherEnd = plans.date(b, end);
            return otherEnd != null ? !plans.date(a, start).isAfter(otherEnd)
                    : reference != null && !plans.date(a, start).isAfter(reference);
        });
    }
}
