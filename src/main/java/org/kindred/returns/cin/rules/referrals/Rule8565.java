package org.kindred.returns.cin.rules.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN: no activity may be dated after the closure of its CIN episode: the episode's initial conference,
 * assessment start and authorisation, Section 47 start and conference, protection plan end, and CIN plan
 * start and end dates must all be on or before the closure date.
 */
public class Rule8565 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cin = Cin.table(data, "CINdetails");
        RuleResult result = new RuleResult();
        for (int row = 0; row < cin.size(); row++) {
            if (Cin.before(cin.date(row, "CINclosureDate"), cin.date(row, "DateOfInitialCPC"))) {
                flagEpisode(result, cin, row);
            }
        }
        check(data, cin, "Assessments", result, "AssessmentActualStartDate", "AssessmentAuthorisationDate");
        check(data, cin, "Section47", result, "S47ActualStartDate", "DateOfInitialCPC");
        check(data, cin, "ChildProtectionPlans", result, "CPPendDate");
        check(data, cin, "CINplanDates", result, "CINPlanStartDate", "CINPlanEndDate");
        return result;
    }

    private static void flagEpisode(RuleResult result, Table cin, int row) {
        Cin.flag(result, cin, row, "CINclosureDate", "DateOfInitialCPC");
    }

    private static void check(ReturnData data, Table cin, String name, RuleResult result, String... columns) {
        Table other = Cin.table(data, name);
        Map<String, List<Integer>> byEpisode = Cin.groupBy(other, Cin.EPISODE);
        for (int row = 0; row < cin.size(); row++) {
            LocalDate closure = cin.date(row, "CINclosureDate");
            if (closure == null) {
                continue;
            }
            for (int o : byEpisode.getOrDefault(Cin.key(cin, row, Cin.EPISODE), List.of())) {
                boolean later = false;
                for (String c : columns) {
                    later |= Cin.before(closure, other.date(o, c));
                }
                if (later) {
                    flagEpisode(result, cin, row);
                    Cin.flag(result, other, o, columns);
                }
            }
        }
    }
}
