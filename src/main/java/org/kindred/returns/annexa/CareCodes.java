package org.kindred.returns.annexa;

import java.util.Map;

/** SSDA903 codes as list 8 (children in care), 9 (care leavers) and 10 (adoption) of Annex A spell them. */
public final class CareCodes {
    private CareCodes() {
    }

    private static final Map<String, String> LEGAL = Map.ofEntries(Map.entry("C1", "a) Interim care orders"),
            Map.entry("C2", "b) Full care orders"), Map.entry("D1", "c) Freed for  Adoption"),
            Map.entry("E1", "d) Placement order granted"), Map.entry("V2", "e) Accommodated under S20"),
            Map.entry("V3", "e) Accommodated under S20"), Map.entry("V4", "e) Accommodated under S20"),
            Map.entry("L1", "f) Detained on child protection grounds in LA accommodation"),
            Map.entry("L2", "f) Detained on child protection grounds in LA accommodation"),
            Map.entry("L3", "f) Detained on child protection grounds in LA accommodation"),
            Map.entry("J1", "J1: Remanded to LA or youth detention"),
            Map.entry("J2", "J2: LA accommodation under PACE"), Map.entry("J3", "g) Youth justice legal Statuses"));

    public static String legalStatus(String code) { return lookup(LEGAL, code); }

    public static String placementType(String code) {
        if (code == null || code.isBlank()) return null;
        String c = code.trim().toUpperCase();
        if (c.startsWith("U")) return "a) Foster placement";
        if (c.startsWith("A")) return "b) Placed for adoption";
        if (c.startsWith("T")) return "o) Temporary placement";
        return switch (c) {
            case "P1" -> "c) Placed with parents";
            case "P2", "H5" -> "d) Independent living";
            case "P3" -> "e) Residential employment";
            case "K1" -> "g) Secure Children’s Homes";
            case "K2" -> "h) Children’s Homes";
            case "R1" -> "i) Residential Care Home";
            case "R2" -> "j) NHS/Health Trust";
            case "R3" -> "k) Family Centre or Mother and Baby Unit";
            case "R5" -> "l) Young Offender Institution";
            case "S1" -> "m) Residential school";
            default -> "n) Other placements";
        };
    }

    public static String provider(String code) {
        if (code == null || code.isBlank()) return null;
        String c = code.trim().toUpperCase();
        return c.equals("PR1") ? "a) Own LA" : c.equals("PR4") ? "b) Private" : "c) Other";
    }

    private static final Map<String, String> CEASED = Map.ofEntries(Map.entry("E11", "a) Adopted"),
            Map.entry("E12", "a) Adopted"), Map.entry("E2", "b) Died"), Map.entry("E3", "c) Care taken by another LA"),
            Map.entry("E4A", "d) Returned home to live with parents or relatives"),
            Map.entry("E4B", "d) Returned home to live with parents or relatives"),
            Map.entry("E13", "e) Left care to live with parents, relatives or other person with no parental responsibility"),
            Map.entry("E41", "f) Residence order granted"), Map.entry("E43", "f) Residence order granted"),
            Map.entry("E44", "f) Residence order granted"),
            Map.entry("E45", "g) Special Guardianship Orders"), Map.entry("E46", "g) Special Guardianship Orders"),
            Map.entry("E47", "g) Special Guardianship Orders"), Map.entry("E48", "g) Special Guardianship Orders"),
            Map.entry("E5", "h) Moved into independent living"), Map.entry("E6", "h) Moved into independent living"),
            Map.entry("E7", "i) Transferred to residential care funded by adult social services"),
            Map.entry("E9", "j) Sentenced to custody"), Map.entry("E14", "k) Accommodation on remand ended"),
            Map.entry("E15", "l) Age assessment determined child was 18 or over"),
            Map.entry("E16", "m) Child moved abroad"), Map.entry("E8", "n) Care ceased for any other reason"),
            Map.entry("E17", "n) Care ceased for any other reason"));

    public static String reasonCeased(String code) { return lookup(CEASED, code); }

    private static final Map<String, String> ACCOMMODATION = Map.ofEntries(Map.entry("B", "a) With parents or relatives"),
            Map.entry("C", "b) Community home"), Map.entry("D", "c) Semi-independent transitional accommodation"),
            Map.entry("E", "d) Supported lodgings"), Map.entry("G", "e) Gone abroad"), Map.entry("H", "f) Deported"),
            Map.entry("K", "g) Ordinary lodgings"), Map.entry("R", "h) Residence not known"),
            Map.entry("S", "i) No fixed abode / homeless"), Map.entry("T", "j) Foyers"),
            Map.entry("U", "k) Independent living"), Map.entry("V", "l) Emergency accommodation"),
            Map.entry("W", "m) Bed and breakfast"), Map.entry("X", "n) In custody"),
            Map.entry("Y", "p) Other accommodation"), Map.entry("Z", "o) With Former Foster Carer"));

    /** OC3 ACCOM: a letter for the kind of accommodation, then 1 suitable or 2 not suitable. */
    public static String accommodation(String code) {
        return code == null || code.isBlank() ? null : lookup(ACCOMMODATION, code.trim().substring(0, 1));
    }

    public static String suitability(String code) {
        if (code == null || code.trim().length() < 2) return null;
        return code.trim().endsWith("1") ? "a) Suitable" : code.trim().endsWith("2") ? "b) Not suitable" : null;
    }

    /** OC3 IN_TOUCH: YES, NO, DIED, REFU, NREQ, RHOM. */
    public static String inTouch(String code) {
        if (code == null || code.isBlank()) return "c) Not recorded";
        return switch (code.trim().toUpperCase()) {
            case "YES" -> "a) In touch";
            case "NO", "REFU", "NREQ" -> "b) Not in touch";
            default -> "d) Exclude";
        };
    }

    private static final Map<String, String> ACTIVITY = Map.ofEntries(
            Map.entry("F1", "F1: Full time in higher education"),
            Map.entry("P1", "P1: Part time in higher education"),
            Map.entry("F2", "F2: Full time in education other than higher"),
            Map.entry("P2", "P2: Part time in education other than higher"),
            Map.entry("F3", "F3: Full time in training or employment"),
            Map.entry("P3", "P3: Part time in training or employment"),
            Map.entry("F4", "F4: Young person engaged full time in an apprenticeship"),
            Map.entry("P4", "P4: Young person engaged part time in an apprenticeship"),
            Map.entry("F5", "F5: Young person engaged full time in training or employment (not apprenticeship)"),
            Map.entry("P5", "P5: Young person engaged part time in training or employment (not apprenticeship)"),
            Map.entry("G4", "G4: Not in education, employment or training - illness or disability"),
            Map.entry("G5", "G5: Not in education, employment or training - other"),
            Map.entry("G6", "G6: Not in education, employment or training - pregnancy or parenting"));

    /** OC3 ACTIV (F1 to G6). */
    public static String activity(String code) {
        return code == null || code.isBlank() ? null : ACTIVITY.get(code.trim().toUpperCase());
    }

    private static String lookup(Map<String, String> map, String code) {
        return code == null || code.isBlank() ? null : map.getOrDefault(code.trim().toUpperCase(), "zzCodeError");
    }
}
