package org.kindred.returns.cin.rules.referrals;

import java.util.Locale;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/**
 * An episode that was a referral with no further action cannot have plans; flags the episode's flag and the plan
 * rows (the table the definition names first). 8832 reads the flag ignoring case, as upstream.
 * <br>4000: CIN plans. <br>8832: child protection plans.
 */
public class Rules4000And8832 extends RuleVersion {
    private final boolean ignoreCase = code().equals("8832");

    public Rules4000And8832(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        return Cin.join(data, "CINdetails", definition().tables().get(0), Cin.keys("LAchildID", "CINdetailsID"),
                (cin, c, plans, p) -> {
                    String nfa = cin.get(c, "ReferralNFA");
                    return ignoreCase ? nfa != null && Cin.yes(nfa.toLowerCase(Locale.ROOT)) : Cin.yes(nfa);
                }, Cin.cols("ReferralNFA"), Cin.cols("LAchildID"));
    }
}
