package org.kindred.returns.annexa;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.kindred.person.Ethnicity;
import org.kindred.person.Sex;

/**
 * Kindred's codes (the DfE's, as the CIN census and SSDA903 spell them) translated to Annex A's categories, as
 * spelt in Annex_A_schema.yml. AnnexACodesTest checks every translation against that file.
 */
public final class AnnexACodes {
    private AnnexACodes() {
    }

    public static String yesNo(boolean b) { return b ? "a) Yes" : "b) No"; }

    public static String gender(Sex sex) {
        if (sex == null) return "c) Not stated/recorded";
        return switch (sex) {
            case MALE -> "a) Male";
            case FEMALE -> "b) Female";
            case INDETERMINATE -> "d) Neither";
            case UNKNOWN -> "c) Not stated/recorded";
        };
    }

    public static String ethnicity(Ethnicity e) {
        if (e == null) return "f) Not stated";
        return switch (e.name().charAt(0)) {
            case 'W' -> "a) White";
            case 'M' -> "b) Mixed";
            case 'A' -> "c) Asian or Asian British";
            case 'B' -> "d) Black or black British";
            case 'C', 'O' -> "e) Other ethnic group";
            default -> "f) Not stated";
        };
    }

    /** Whole years on the day, as Ofsted counts the age of a child on a list; null without a date of birth. */
    public static Integer age(LocalDate dateOfBirth, LocalDate on) {
        if (dateOfBirth == null || on.isBefore(dateOfBirth)) return null;
        return Period.between(dateOfBirth, on).getYears();
    }

    /** A CIN census referral source code (1A to 10) as Annex A's contact or referral source. */
    public static String source(String code) {
        if (code == null || code.isBlank()) return "k) Unknown";
        String c = code.trim().toUpperCase();
        return switch (c) {
            case "2A" -> "b) Schools";
            case "2B" -> "c) Education services";
            case "4" -> "e) Housing";
            case "6" -> "g) Police";
            case "7" -> "h) Other legal agency";
            case "8" -> "i) Other";
            case "9" -> "j) Anonymous";
            case "10" -> "k) Unknown";
            default -> c.startsWith("1") ? "a) Individual" : c.startsWith("3") ? "d) Health services"
                    : c.startsWith("5") ? "f) LA services" : "k) Unknown";
        };
    }

    private static final Map<String, String> NEED = Map.of("N1", "a) Abuse or neglect", "N2", "b) Child's disability",
            "N3", "c) Parents illness or disability", "N4", "d) Family in acute stress", "N5", "e) Family dysfunction",
            "N6", "f) Socially unacceptable behaviour", "N7", "g) Low income", "N8", "h) Absent parenting",
            "N9", "i) Not CIN");

    /** A primary need or category of need code, N1 to N9. */
    public static String need(String code) {
        return code == null || code.isBlank() ? "j) Not stated" : NEED.getOrDefault(code.trim().toUpperCase(), "zzCodeError");
    }

    private static final Map<String, String> ABUSE = Map.of("NEG", "a) Neglect", "PHY", "b) Physical Abuse",
            "SAB", "c) Sexual Abuse", "EMO", "d) Emotional Abuse", "MUL", "e) Multiple");

    /** A CIN census category of abuse code (NEG, PHY, SAB, EMO, MUL). */
    public static String abuse(String code) {
        return code == null ? null : ABUSE.get(code.trim().toUpperCase());
    }
}
