package org.kindred.returns.ssda903;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables of an SSDA903 return, their columns (as the DfE's CSV specification and the reference validator
 * name them) and the file names Kindred and the DfE's own tooling give them.
 */
public final class Ssda903Tables {
    /** Columns of each table, in file order. A CSV file is recognised by having exactly these columns. */
    public static final Map<String, List<String>> COLUMNS = columns();

    /** The usual file name (lower case) of each table in a directory of CSV files. */
    public static final Map<String, String> FILE_NAMES = Map.ofEntries(
            Map.entry("header.csv", "Header"),
            Map.entry("episodes.csv", "Episodes"),
            Map.entry("reviews.csv", "Reviews"),
            Map.entry("uasc.csv", "UASC"),
            Map.entry("oc2.csv", "OC2"),
            Map.entry("oc3.csv", "OC3"),
            Map.entry("ad1.csv", "AD1"),
            Map.entry("placed_for_adoption.csv", "PlacedAdoption"),
            Map.entry("previous_permanence.csv", "PrevPerm"),
            Map.entry("missing.csv", "Missing"),
            Map.entry("sw_episodes.csv", "SWEpisodes"),
            Map.entry("dolo.csv", "DoLo"));

    private Ssda903Tables() {
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("Header", List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"));
        m.put("Episodes", List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
                "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"));
        m.put("Reviews", List.of("CHILD", "DOB", "REVIEW", "REVIEW_CODE"));
        m.put("UASC", List.of("CHILD", "SEX", "DOB", "DUC"));
        m.put("OC2", List.of("CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS",
                "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"));
        m.put("OC3", List.of("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"));
        m.put("AD1", List.of("CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR",
                "LS_ADOPTR"));
        m.put("PlacedAdoption", List.of("CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"));
        m.put("PrevPerm", List.of("CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"));
        m.put("Missing", List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"));
        m.put("SWEpisodes", List.of("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"));
        m.put("DoLo", List.of("CHILD", "DOB", "DOLO_START", "DOLO_END"));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The table whose columns are exactly {@code header} (in any order), or null. */
    public static String tableFor(List<String> header) {
        Set<String> given = Set.copyOf(header);
        for (var e : COLUMNS.entrySet()) {
            if (given.size() == header.size() && given.equals(Set.copyOf(e.getValue()))) {
                return e.getKey();
            }
        }
        return null;
    }
}
