package org.kindred.returns.ssda903.rules.reviews;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** Participation code PN0 (under 4) cannot be used for a review after the child turned 4. */
public class Rule440 extends RowRule {
    @Override
    public boolean fails(Table reviews, int r) {
        return "PN0".equals(reviews.get(r, "REVIEW_CODE"))
                    && after(date(reviews, r, "REVIEW"), plusYears(date(reviews, r, "DOB"), 4));
    }
}
