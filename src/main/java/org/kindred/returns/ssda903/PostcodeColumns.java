package org.kindred.returns.ssda903;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kindred.geography.LocalAuthorities;
import org.kindred.geography.PostcodePlace;
import org.kindred.geography.Postcodes;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Table;

/**
 * The columns the DfE's SSDA903 tool works out from the episodes' postcodes before any rule runs (its datastore's
 * {@code _add_postcode_derived_fields}), added to Episodes and Episodes_last when the return does not carry them:
 * <ul>
 * <li>{@code PL_LA}: the upper-tier authority (ONS code) of the placement postcode's district, through the ONS's 2021
 *     district lookup; missing when the postcode or its district is unknown;</li>
 * <li>{@code PL_LOCATION}: IN when PL_LA is the authority making the return, OUT when another (or when the authority
 *     is not known, as the tool's comparison with a missing authority gives), missing with PL_LA;</li>
 * <li>{@code PL_DISTANCE}: miles between the home and placement postcodes, sqrt(dE² + dN²) / 1000 / 1.6093 rounded
 *     to one decimal place, missing when either has no grid reference;</li>
 * <li>{@code HOME_LA}: the upper-tier authority of the home postcode (the DfE's specification names it; the tool
 *     does not derive it and no rule reads it).</li>
 * </ul>
 */
public final class PostcodeColumns {
    static final List<String> DERIVED = List.of("HOME_LA", "PL_LA", "PL_LOCATION", "PL_DISTANCE");

    private PostcodeColumns() {
    }

    /** The return with the derived columns added to its episode tables where absent (the same data when none is). */
    public static ReturnData derive(ReturnData data) {
        Metadata m = data.metadata();
        String authority = m == null ? null : m.localAuthority();
        Map<String, Table> tables = new LinkedHashMap<>(data.tables());
        boolean changed = false;
        for (String name : List.of("Episodes", "Episodes_last")) {
            Table t = tables.get(name);
            if (t != null && DERIVED.stream().anyMatch(c -> !t.hasColumn(c))) {
                tables.put(name, derive(t, authority));
                changed = true;
            }
        }
        return changed ? new ReturnData(tables, m) : data;
    }

    static Table derive(Table episodes, String authority) {
        String ons = LocalAuthorities.onsCode(authority);
        String own = ons != null ? ons : authority;
        List<String> columns = new ArrayList<>(episodes.columns());
        List<String> added = new ArrayList<>();
        for (String c : DERIVED) {
            if (!episodes.hasColumn(c)) {
                columns.add(c);
                added.add(c);
            }
        }
        Map<String, Optional<PostcodePlace>> places = new HashMap<>();
        List<List<String>> rows = new ArrayList<>(episodes.size());
        for (int r = 0; r < episodes.size(); r++) {
            List<String> row = episodes.rawRow(r);
            PostcodePlace home = place(places, episodes.get(r, "HOME_POST"));
            PostcodePlace placement = place(places, episodes.get(r, "PL_POST"));
            String plLa = placement == null ? null : LocalAuthorities.upperTier(placement.laCode());
            for (String c : added) {
                row.add(switch (c) {
                    case "HOME_LA" -> home == null ? null : LocalAuthorities.upperTier(home.laCode());
                    case "PL_LA" -> plLa;
                    case "PL_LOCATION" -> plLa == null ? null : plLa.equals(own) ? "IN" : "OUT";
                    default -> distance(home, placement);
                });
            }
            rows.add(row);
        }
        return new Table(episodes.name(), columns, rows);
    }

    private static PostcodePlace place(Map<String, Optional<PostcodePlace>> places, String postcode) {
        if (postcode == null) {
            return null;
        }
        return places.computeIfAbsent(postcode, Postcodes::find).orElse(null);
    }

    /** Miles to one decimal place, rounded as numpy rounds (half to even on the binary value). */
    static String distance(PostcodePlace home, PostcodePlace placement) {
        Double miles = home == null ? null : home.distanceMiles(placement);
        if (miles == null) {
            return null;
        }
        return String.format(Locale.ROOT, "%.1f", Math.rint(miles * 10) / 10);
    }
}
