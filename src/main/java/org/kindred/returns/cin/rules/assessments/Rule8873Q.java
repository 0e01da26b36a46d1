package org.kindred.returns.cin.rules.assessments;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;
import org.kindred.returns.validation.Table;

/**
 * CIN (query): when an episode has only one assessment and it uses factor code 21 (no factors identified),
 * the episode's reason for closure should be RC8 or RC9.
 */
@RuleDefinition(code = "8873Q", ruleset = "cin2022_23",
        message = "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Assessments", "CINdetails"},
        fields = {"ReasonForClosure", "AssessmentFactors"},
        type = RuleType.QUERY)
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
