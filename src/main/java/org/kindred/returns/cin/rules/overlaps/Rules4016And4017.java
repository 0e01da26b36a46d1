package org.kindred.returns.cin.rules.overlaps;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/**
 * A child's CIN plan and child protection plan cannot be open together: one kind cannot start while one of the
 * child's plans of the other kind is open (from its start up to its end, or up to and including the reference date
 * when it has no end). Flags the starting plan's start, and the open plan's start and end.
 * <br>4016: a CIN plan starting in a child protection plan. <br>4017: a child protection plan starting in a CIN plan.
 */
public class Rules4016And4017 extends RuleVersion {
    private static final String[] CIN_PLAN = {"CINplanDates", "CINPlanStartDate", "CINPlanEndDate"};
    private static final String[] PROTECTION = {"ChildProtectionPlans", "CPPstartDate", "CPPendDate"};
    private final String[] starting = code().equals("4016") ? CIN_PLAN : PROTECTION;
    private final String[] open = code().equals("4016") ? PROTECTION : CIN_PLAN;

    public Rules4016And4017(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        LocalDate reference = Cin.referenceDate(data);
        return Cin.join(data, starting[0], open[0], Cin.keys("LAchildID"), (left, l, right, r) -> {
            LocalDate start = left.date(l, starting[1]);
            LocalDate openStart = right.date(r, open[1]);
            LocalDate openEnd = right.date(r, open[2]);
            if (start == null || openStart == null || start.isBefore(openStart)) {
                return false;
            }
            return openEnd != null ? start.isBefore(openEnd) : reference != null && !start.isAfter(reference);
        }, Cin.cols(starting[1]), Cin.cols(open[1], open[2]));
    }
}
