package org.kindred.returns.export.ssda903;

import java.time.Period;
import java.util.List;
import java.util.Map;
import org.kindred.care.CareFacts.ReviewFact;
import org.kindred.returns.export.ReturnSource.Rows;

/** Reviews: those held in the year; REVIEW_CODE PN0 for a child under 4 at the review, else the participation. */
final class ReviewRows {
    private ReviewRows() {
    }

    static void add(Cohort cohort, List<ReviewFact> reviews, Rows rows) {
        for (ReviewFact review : reviews) {
            if (!cohort.has(review.childId())) continue;
            Map<String, String> r = cohort.row(review.childId(), true);
            r.put("REVIEW", Ssda903Codes.date(review.held()));
            boolean underFour = Period.between(cohort.child(review.childId()).dateOfBirth(), review.held()).getYears() < 4;
            r.put("REVIEW_CODE", underFour ? "PN0" : Ssda903Codes.code(review.participation()));
            rows.add("Reviews", r);
        }
    }
}
