package org.kindred.returns.export.cin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.frontdoor.FrontDoorFacts.AssessmentDone;
import org.kindred.frontdoor.FrontDoorFacts.ReferralMade;
import org.kindred.returns.export.ReturnSource.Rows;

/**
 * CINdetails: one row per referral (CINdetailsID = referral id) open at any time in the collection year. The episode
 * closes when the authorised assessment ended in no further action (RC8) or early help (RC9); other outcomes leave
 * it open for the work that follows. Every referral here went on to an assessment, so ReferralNFA is 0 ("referral
 * with no further action" means closed at the referral itself, which the front door's decision covers before any
 * referral is made).
 */
final class CinDetailsRows {
    private CinDetailsRows() {
    }

    static void add(List<ReferralMade> referrals, LocalDate end, Rows rows) {
        for (ReferralMade referral : referrals) {
            AssessmentDone a = referral.assessment();
            LocalDate authorised = a == null ? null : a.authorised();
            String reason = a == null || a.outcome() == null ? null : a.outcome().closureReason();
            boolean closed = reason != null && authorised != null && !authorised.isAfter(end);
            Map<String, String> cin = CinCodes.row(referral.childId());
            cin.put("CINdetailsID", Long.toString(referral.id()));
            cin.put("CINreferralDate", CinCodes.date(referral.referred()));
            cin.put("ReferralSource", referral.source() == null ? null : referral.source().code());
            cin.put("PrimaryNeedCode", referral.primaryNeed() == null ? null : referral.primaryNeed().name());
            cin.put("CINclosureDate", closed ? CinCodes.date(authorised) : null);
            cin.put("ReasonForClosure", closed ? reason : null);
            cin.put("DateOfInitialCPC", null);
            cin.put("ReferralNFA", "0");
            rows.add("CINdetails", cin);
        }
    }
}
