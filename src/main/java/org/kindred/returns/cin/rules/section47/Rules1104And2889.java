package org.kindred.returns.cin.rules.section47;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (code).
 * <br>1104: CIN Section 47: the initial child protection conference cannot be before the episode's referral date.
 * <br>2889: CIN Section 47: an enquiry cannot start before the referral date of its CIN episode.
 */
@RuleDefinition(code = "1104", ruleset = "cin2022_23",
        message = "The date of the initial child protection conference cannot be before the referral date",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Section47", "CINdetails"},
        fields = {"CINreferralDate", "DateOfInitialCPC"})
@RuleDefinition(code = "2889", ruleset = "cin2022_23",
        message = "The S47 start date cannot be before the referral date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Section47", "CINdetails"},
        fields = {"S47ActualStartDate", "CINreferralDate"})
public class Rules1104And2889 extends RuleVersion {
    private final String code = switch (code()) {
        case "2889" -> "S47ActualStartDate";
        default -> "DateOfInitialCPC";
    };

    public Rules1104And2889(RuleDefinition definition) {
        super(definition);
    }
    @Override
    public RuleResult check(ReturnData data) {
        Table s47 = Cin.table(data, "Section47");
        Table cin = Cin.table(data, "CINdetails");
        RuleResult result = new RuleResult();
        Cin.join(s47, cin, Cin.keys("LAchildID", "CINdetailsID"),
                (s, c) -> Cin.before(Cin.date(s47, s, code), Cin.date(cin, c, "CINreferralDate")),
                result, Cin.cols(code), Cin.cols("CINreferralDate"));
        return result;
    }
}
