package org.kindred.returns.export;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The "Expanded SSDA903 Return" XML (root EXPSSDA903, schema CLA.xsd): a CHILD per Header row with its HEADER
 * (identity, UASC, adoption, care leaver, missing, reviews, mother, permanence, OC2, placed for adoption) and an
 * EPISODE per episode, elements in the schema's order; required elements are written empty when the data has no
 * value, as the DfE's own files do.
 */
final class Ssda903Xml {
    private Ssda903Xml() {
    }

    static String of(Map<String, List<Map<String, String>>> tables) {
        Map<String, Map<String, List<Map<String, String>>>> byChild = new java.util.HashMap<>();
        tables.forEach((table, rows) -> byChild.put(table, rows.stream()
                .collect(Collectors.groupingBy(r -> String.valueOf(r.get("CHILD")), java.util.LinkedHashMap::new,
                        Collectors.toList()))));
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EXPSSDA903>");
        for (Map<String, String> header : tables.getOrDefault("Header", List.of())) {
            String child = String.valueOf(header.get("CHILD"));
            Map<String, String> uasc = first(byChild, "UASC", child);
            Map<String, String> ad1 = first(byChild, "AD1", child);
            Map<String, String> oc3 = first(byChild, "OC3", child);
            x.append("<CHILD><HEADER>");
            Xml.element(x, "CHILDID", child);
            Xml.element(x, "UPN", header.get("UPN"));
            Xml.element(x, "SEX", header.get("SEX"));
            Xml.element(x, "DOB", header.get("DOB"));
            Xml.element(x, "ETHNIC", header.get("ETHNIC"));
            Xml.element(x, "UASC", uasc == null ? null : "1");
            optional(x, uasc, "DUC");
            optional(x, ad1, "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR");
            optional(x, oc3, "IN_TOUCH", "ACTIV", "ACCOM");
            for (Map<String, String> m : rows(byChild, "Missing", child)) {
                x.append("<AMISSING>");
                Xml.element(x, "MISSING", m.get("MISSING"));
                Xml.element(x, "MIS_START", m.get("MIS_START"));
                optional(x, m, "MIS_END");
                x.append("</AMISSING>");
            }
            for (Map<String, String> r : rows(byChild, "Reviews", child)) {
                x.append("<AREVIEW>");
                Xml.element(x, "REVIEW", r.get("REVIEW"));
                Xml.element(x, "REVIEW_CODE", r.get("REVIEW_CODE"));
                x.append("</AREVIEW>");
            }
            optional(x, header, "MOTHER", "MC_DOB");
            Map<String, String> perm = first(byChild, "PrevPerm", child);
            if (perm != null) {
                x.append("<PERMANENCE>");
                optional(x, perm, "PREV_PERM", "LA_PERM", "DATE_PERM");
                x.append("</PERMANENCE>");
            }
            Map<String, String> oc2 = first(byChild, "OC2", child);
            if (oc2 != null) {
                x.append("<OC2>");
                optional(x, oc2, "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
                        "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED");
                x.append("</OC2>");
            }
            for (Map<String, String> p : rows(byChild, "PlacedAdoption", child)) {
                x.append("<AD_PLACED>");
                Xml.element(x, "DATE_PLACED", p.get("DATE_PLACED"));
                optional(x, p, "DATE_PLACED_CEASED", "REASON_PLACED_CEASED");
                x.append("</AD_PLACED>");
            }
            x.append("</HEADER>");
            for (Map<String, String> e : rows(byChild, "Episodes", child)) {
                x.append("<EPISODE>");
                Xml.element(x, "DECOM", e.get("DECOM"));
                Xml.element(x, "RNE", e.get("RNE"));
                Xml.element(x, "LS", e.get("LS"));
                Xml.element(x, "CIN", e.get("CIN"));
                Xml.element(x, "PL", e.get("PLACE"));
                optional(x, e, "PL_POST", "HOME_POST", "URN", "PLACE_PROVIDER");
                Xml.element(x, "DEC", e.get("DEC"));
                Xml.element(x, "REC", e.get("REC"));
                optional(x, e, "REASON_PLACE_CHANGE");
                x.append("</EPISODE>");
            }
            x.append("</CHILD>");
        }
        return x.append("</EXPSSDA903>\n").toString();
    }

    private static List<Map<String, String>> rows(Map<String, Map<String, List<Map<String, String>>>> byChild,
                                                  String table, String child) {
        return byChild.getOrDefault(table, Map.of()).getOrDefault(child, List.of());
    }

    private static Map<String, String> first(Map<String, Map<String, List<Map<String, String>>>> byChild, String table,
                                             String child) {
        List<Map<String, String>> rows = rows(byChild, table, child);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The elements whose values are present, in the order given; absent ones are left out. */
    private static void optional(StringBuilder x, Map<String, String> row, String... names) {
        if (row == null) {
            return;
        }
        for (String n : names) {
            if (row.get(n) != null && !row.get(n).isBlank()) {
                Xml.element(x, n, row.get(n));
            }
        }
    }
}
