package org.kindred.returns.ssda903.rules.reviews;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** Participation codes PN1-PN7 (aged 4 or over) cannot be used for a review before the child turned 4. */
public class Rule441 extends RowRule {
    private static final Set<String> CODES = Set.of("PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7");

    @Override
    public boolean fails(Table reviews, int r) {
        return in(reviews.get(r, "REVIEW_CODE"), CODES)
                    && before(date(reviews, r, "REVIEW"), plusYears(date(reviews, r, "DOB"), 4));
    }
}
