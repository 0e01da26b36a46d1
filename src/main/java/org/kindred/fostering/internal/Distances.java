package org.kindred.fostering.internal;

import java.util.Optional;

/**
 * Where a postcode is. Fostering asks only this, so the lookup can move to a shared geography service (postcode to
 * grid reference from the ONS Postcode Directory) without touching the matching.
 */
public interface Distances {
    /** The postcode's grid reference, or empty when it is not known. */
    Optional<GridReference> locate(String postcode);

    /** Upper case, single space before the inward code: "zy12 3ab" becomes "ZY12 3AB". */
    static String normalise(String postcode) {
        if (postcode == null) return null;
        String p = postcode.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        if (p.length() < 5) return p;
        return p.substring(0, p.length() - 3) + " " + p.substring(p.length() - 3);
    }
}
