package org.kindred.returns.ssda903.rules.placements;

import java.util.regex.Pattern;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/**
 * Home and placement postcodes, where given, must be postcodes of the ONS Postcode Directory (live or terminated),
 * which Kindred ships in the jar ({@code geography.Postcodes}), as the reference tool checks them.
 */
public class Rule392c extends RowRule {
    /** Outward code (area letters, district) then inward code (sector digit, unit letters), spaces removed. */
    private static final Pattern POSTCODE =
            Pattern.compile("^(GIR0AA|[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][ABD-HJLNP-UW-Z]{2})$");

    @Override
    public boolean fails(Table eps, int r) {
        return invalid(eps.get(r, "HOME_POST")) || invalid(eps.get(r, "PL_POST"));
    }

    /**
     * A given postcode that is not in the ONS Postcode Directory (live or terminated), as the DfE's tool checks it
     * (upper case, spaces removed); a missing one is left to other rules. The shape is checked first, which is quicker
     * and refuses the same postcodes.
     */
    private static boolean invalid(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return false;
        }
        return !POSTCODE.matcher(postcode.toUpperCase().replace(" ", "")).matches()
                || org.kindred.geography.Postcodes.find(postcode).isEmpty();
    }
}
