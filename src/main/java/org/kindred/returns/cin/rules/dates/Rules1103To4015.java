package org.kindred.returns.cin.rules.dates;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/**
 * A date of an episode's activity cannot be before the episode's referral date (CINdetails, joined on child and
 * episode); flags the date and the referral date. The activity's table is the one the definition names first.
 * <br>1103: the assessment start. <br>1104: the initial child protection conference (Section 47).
 * <br>1105: the child protection plan start. <br>2889: the Section 47 enquiry start. <br>4015: the CIN plan start.
 */
public class Rules1103To4015 extends RuleVersion {
    private final String column = switch (code()) {
        case "1103" -> "AssessmentActualStartDate";
        case "1104" -> "DateOfInitialCPC";
        case "1105" -> "CPPstartDate";
        case "2889" -> "S47ActualStartDate";
        default -> "CINPlanStartDate";
    };

    public Rules1103To4015(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        return Cin.join(data, definition().tables().get(0), "CINdetails", Cin.keys("LAchildID", "CINdetailsID"),
                (activity, a, cin, c) -> Cin.before(activity.date(a, column), cin.date(c, "CINreferralDate")),
                Cin.cols(column), Cin.cols("CINreferralDate"));
    }
}
