package org.kindred.earlyhelp;

import java.util.Optional;
import org.kindred.shared.Codes;

/** Where a referral to an intervention came from. */
public enum ReferralSource {
    EARLY_HELP("Early help"), CIN_PLAN("Child in need plan"), CP_PLAN("Child protection plan"), CARE("Children in care");

    private final String label;

    ReferralSource(String label) { this.label = label; }

    public String label() { return label; }

    public static Optional<ReferralSource> fromName(String name) {
        return Codes.byName(ReferralSource.class, name);
    }
}
