package org.kindred.returns.cin.rules.referrals;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/**
 * An episode's closure date and reason for closure go together; flags both where one is given without the other.
 * <br>8805: a closure date without a reason. <br>8810: a reason without a closure date.
 */
public class Rules8805And8810 extends RuleVersion {

    public Rules8805And8810(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        String[] givenMissing = definition().fields().toArray(String[]::new);
        return Cin.flagRows(data, "CINdetails",
                (t, row) -> !Cin.isNa(t, row, givenMissing[0]) && Cin.isNa(t, row, givenMissing[1]), givenMissing);
    }
}
