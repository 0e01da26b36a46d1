package org.kindred.returns.cin.rules.protection;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;
import org.kindred.returns.validation.Table;

/** CIN reviews (query): a review record should have a valid review date. */
@RuleDefinition(code = "8842Q", ruleset = "cin2022_23",
        message = "Please check and either amend or provide a reason: Review Record has a missing date",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Reviews"},
        fields = {"CPPreviewDate"},
        type = RuleType.QUERY)
public class Rule8842Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table reviews = Cin.table(data, "Reviews");
        RuleResult result = new RuleResult();
        for (int row = 0; row < reviews.size(); row++) {
            if (Cin.isNa(reviews, row, "CPPreviewDate")) {
                result.flagCell("Reviews", row, "CPPreviewDate");
            }
        }
        return result;
    }
}
