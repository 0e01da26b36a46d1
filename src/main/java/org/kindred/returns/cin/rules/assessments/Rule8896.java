package org.kindred.returns.cin.rules.assessments;

import java.util.List;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN assessments: within one CIN episode at most one assessment may be open (no authorisation date). */
@RuleDefinition(code = "8896", ruleset = "cin2022_23",
        message = "Within one CINDetails group there are 2 or more open Assessments groups",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Assessments"},
        fields = {"AssessmentAuthorisationDate"})
public class Rule8896 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ass = Cin.table(data, "Assessments");
        RuleResult result = new RuleResult();
        for (List<Integer> episode : Cin.groupBy(ass, "LAchildID", "CINdetailsID").values()) {
            int first = episode.get(0);
            if (ass.get(first, "LAchildID") == null || ass.get(first, "CINdetailsID") == null) {
                continue;
            }
            long open = episode.stream().filter(r -> Cin.isNa(ass, r, "AssessmentAuthorisationDate")).count();
            if (open > 1) {
                episode.forEach(r -> result.flagCell("Assessments", r, "AssessmentAuthorisationDate"));
            }
        }
        return result;
    }
}
