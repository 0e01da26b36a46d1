package org.kindred.returns.export.ssda903;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.kindred.care.CareFacts.ReviewFact;
import org.kindred.returns.export.ReturnSource.Rows;

/** Reviews: those held in the year; REVIEW_CODE PN0 for a child under 4 at the review, else the participation. */
final class ReviewRows {
    private ReviewRows() {
    }

    static void add(Cohort cohort, List<ReviewFact> reviews, Rows rows) {
        cohort.rows("Reviews", reviews, ReviewFact::childId, true, rows, (review, r) -> {
            r.put("REVIEW", Ssda903Codes.date(review.held()));
            LocalDate born = cohort.child(review.childId()).dateOfBirth();
            boolean underFour = Period.between(born, review.held()).getYears() < 4;
            r.put("REVIEW_CODE", underFour ? "PN0" : Ssda903Codes.code(review.participation()));
        });
    }
}
