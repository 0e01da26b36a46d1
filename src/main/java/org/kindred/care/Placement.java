package org.kindred.care;

/** Where a child lives while looked after: SSDA903 PLACE, PLACE_PROVIDER and PL_POST (postcode, may be blank). */
public record Placement(PlacementType type, PlacementProvider provider, String postcode) {
    /** True when any returned placement column differs (validation rules 434 and 435 compare these). */
    public boolean differsFrom(Placement other) {
        return type != other.type || provider != other.provider
                || !java.util.Objects.equals(postcode, other.postcode);
    }
}
