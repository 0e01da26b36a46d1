package org.kindred.care;

/** Where a child lives while looked after: SSDA903 PLACE, PLACE_PROVIDER, PL_POST (postcode, may be blank)
 * and URN (the Ofsted unique reference number of the provider or setting; XXXXXXX when it has none). */
public record Placement(PlacementType type, PlacementProvider provider, String postcode, String urn) {
    /** A placement whose Ofsted URN is not recorded. */
    public Placement(PlacementType type, PlacementProvider provider, String postcode) {
        this(type, provider, postcode, null);
    }

    /** True when any returned placement column differs (validation rules 434 and 435 compare these). */
    public boolean differsFrom(Placement other) {
        return type != other.type || provider != other.provider
                || !java.util.Objects.equals(postcode, other.postcode);
    }
}
