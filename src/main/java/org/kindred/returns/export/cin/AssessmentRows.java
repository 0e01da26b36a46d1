package org.kindred.returns.export.cin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kindred.frontdoor.AssessmentFactor;
import org.kindred.frontdoor.FrontDoorFacts.AssessmentDone;
import org.kindred.frontdoor.FrontDoorFacts.ReferralMade;
import org.kindred.returns.export.ReturnSource.Rows;

/**
 * Assessments: a referral's single assessment when it was open in the year (started by 31 March, not authorised
 * before 1 April); authorisation and factors only when authorised by the year's end.
 */
final class AssessmentRows {
    private AssessmentRows() {
    }

    static void add(List<ReferralMade> referrals, LocalDate start, LocalDate end, Rows rows) {
        for (ReferralMade referral : referrals) {
            AssessmentDone a = referral.assessment();
            if (a == null || a.started() == null || a.started().isAfter(end)
                    || (a.authorised() != null && a.authorised().isBefore(start))) continue;
            boolean authorised = a.authorised() != null && !a.authorised().isAfter(end);
            Map<String, String> r = CinCodes.row(referral.childId());
            r.put("CINdetailsID", Long.toString(referral.id()));
            r.put("AssessmentID", Long.toString(a.id()));
            r.put("AssessmentActualStartDate", CinCodes.date(a.started()));
            r.put("AssessmentInternalReviewDate", null);
            r.put("AssessmentAuthorisationDate", authorised ? CinCodes.date(a.authorised()) : null);
            r.put("AssessmentFactors", authorised && !a.factors().isEmpty()
                    ? a.factors().stream().map(AssessmentFactor::code).collect(Collectors.joining(",")) : null);
            rows.add("Assessments", r);
        }
    }
}
