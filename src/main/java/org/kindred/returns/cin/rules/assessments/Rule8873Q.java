package org.kindred.returns.cin.rules.assessments;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN (query): when an episode has only one assessment and it uses factor code 21 (no factors identified),
 * the episode's reason for closure should be RC8 or RC9.
 */
public class Rule8873Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ass = Cin.table(data, "Assessments");
        Map<String, List<Integer>> episodes = Cin.byEpisode(data, "CINdetails");
        Table cin = Cin.table(data, "CINdetails");
        RuleResult result = new RuleResult();
        for (List<Integer> assessments : Cin.byEpisode(data, "Assessments").values()) {
            for (int a : assessments) {
                if (hasOtherAssessment(ass, a, assessments) || !uses21(ass.get(a, "AssessmentFactors"))) {
                    continue;
                }
                List<Integer> matches = episodes.getOrDefault(Cin.key(ass, a, Cin.EPISODE), List.of());
                if (matches.isEmpty()) {
                    result.flagCell("Assessments", a, "AssessmentFactors");
                }
                for (int c : matches) {
                    String reason = cin.get(c, "ReasonForClosure");
                    if (!"RC8".equals(reason) && !"RC9".equals(reason)) {
                        result.flagCell("Assessments", a, "AssessmentFactors");
                        result.flagCell("CINdetails", c, "ReasonForClosure");
                    }
                }
            }
        }
        return result;
    }

    /** Another assessment in the episode: a row with a different AssessmentID (or any other row without IDs). */
    private static boolean hasOtherAssessment(Table ass, int row, List<Integer> episode) {
        for (int other : episode) {
            if (other == row) {
                continue;
            }
            if (!ass.hasColumn("AssessmentID")
                    || !Objects.equals(ass.get(other, "AssessmentID"), ass.get(row, "AssessmentID"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean uses21(String cell) {
        return Cin.factors(cell).stream().anyMatch(code -> code.contains("21"));
    }
}
