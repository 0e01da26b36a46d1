package org.kindred.returns.ssda903.rules.reviews;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** Participation code PN0 (under 4) cannot be used for a review after the child turned 4. */
@RuleDefinition(code = "440", ruleset = "lac2022_23",
        message = "Participation method indicates child was under 4 years old at the time of the review, but date of birth and review date indicates the child was 4 years old or over.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Reviews"}, fields = {"DOB", "REVIEW", "REVIEW_CODE"})
public class Rule440 extends RowRule {
    @Override
    public boolean fails(Table reviews, int r) {
        return "PN0".equals(reviews.get(r, "REVIEW_CODE"))
                    && after(date(reviews, r, "REVIEW"), plusYears(date(reviews, r, "DOB"), 4));
    }
}
