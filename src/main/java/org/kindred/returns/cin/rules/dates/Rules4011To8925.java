package org.kindred.returns.cin.rules.dates;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/**
 * A row's end date cannot be before its start date (4012Q and 8840: cannot be the same day); flags both.
 * <br>4011, 4012Q (query): a CIN plan. <br>8630: an episode (referral and closure).
 * <br>8840, 8925: a child protection plan.
 */
public class Rules4011To8925 extends RuleVersion {
    /** The start and end columns. */
    private final String[] span = switch (code()) {
        case "4011", "4012Q" -> new String[] {"CINPlanStartDate", "CINPlanEndDate"};
        case "8630" -> new String[] {"CINreferralDate", "CINclosureDate"};
        default -> new String[] {"CPPstartDate", "CPPendDate"};
    };
    private final boolean sameDay = code().equals("4012Q") || code().equals("8840");
    private final String[] flagged = code().equals("4011") ? new String[] {span[1], span[0]} : span;

    public Rules4011To8925(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        return Cin.flagRows(data, definition().tables().get(0), (t, row) -> sameDay
                ? t.date(row, span[0]) != null && t.date(row, span[0]).equals(t.date(row, span[1]))
                : Cin.before(t.date(row, span[1]), t.date(row, span[0])), flagged);
    }
}
