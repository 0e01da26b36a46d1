package org.kindred.frontdoor.web;

import org.kindred.shared.DateInput;
import java.time.LocalDate;
import org.kindred.frontdoor.Decision;
import org.kindred.shared.Problems;

/** The decision form as typed; the referral date comes from the three GOV.UK date inputs. */
public class DecisionForm {
    private String decision;
    private String reason;
    private String referralDay;
    private String referralMonth;
    private String referralYear;
    private String primaryNeed;

    static DecisionForm receivedOn(LocalDate date) {
        DecisionForm f = new DecisionForm();
        f.referralDay = Integer.toString(date.getDayOfMonth());
        f.referralMonth = Integer.toString(date.getMonthValue());
        f.referralYear = Integer.toString(date.getYear());
        return f;
    }

    /** The decision; the referral date is read (into {@code problems}) only for a referral, which needs one. */
    Decision toDecision(Problems problems) {
        LocalDate referralDate = "REFERRAL".equals(decision)
                ? new DateInput(referralDay, referralMonth, referralYear).read(problems, "referralDate", "Referral date")
                : null;
        return new Decision(decision, reason, referralDate, primaryNeed);
    }

    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getReferralDay() { return referralDay; }
    public void setReferralDay(String referralDay) { this.referralDay = referralDay; }
    public String getReferralMonth() { return referralMonth; }
    public void setReferralMonth(String referralMonth) { this.referralMonth = referralMonth; }
    public String getReferralYear() { return referralYear; }
    public void setReferralYear(String referralYear) { this.referralYear = referralYear; }
    public String getPrimaryNeed() { return primaryNeed; }
    public void setPrimaryNeed(String primaryNeed) { this.primaryNeed = primaryNeed; }
}
