package org.kindred.returns.ssda903.rules.reviews;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** Participation codes PN1-PN7 (aged 4 or over) cannot be used for a review before the child turned 4. */
@RuleDefinition(code = "441", ruleset = "lac2022_23",
        message = "Participation method indicates child was 4 years old or over at the time of the review, but the date of birth and review date indicates the child was under 4 years old.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Reviews"}, fields = {"DOB", "REVIEW", "REVIEW_CODE"})
public class Rule441 extends RowRule {
    private static final Set<String> CODES = Set.of("PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7");

    @Override
    public boolean fails(Table reviews, int r) {
        return in(reviews.get(r, "REVIEW_CODE"), CODES)
                    && before(date(reviews, r, "REVIEW"), plusYears(date(reviews, r, "DOB"), 4));
    }
}
