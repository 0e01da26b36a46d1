package org.kindred.workforce.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.kindred.shared.DateInput;
import org.kindred.shared.Problems;
import org.kindred.workforce.EmploymentType;
import org.kindred.workforce.StaffEntry;
import org.kindred.workforce.StaffMember;
import org.kindred.workforce.StaffRole;

/** The staff form's text read into a {@link StaffEntry}, every unreadable field named; and a record shown as the form. */
final class StaffForm {
    private StaffForm() {
    }

    static StaffEntry read(Map<String, String> form, Problems p) {
        return new StaffEntry(form.get("username"), form.get("displayName"), blank(form.get("team")),
                choice(EmploymentType.class, form.get("type")), choice(StaffRole.class, form.get("role")),
                form.get("grade"), fte(form.get("fte"), p),
                DateInput.from(form, "startDate").read(p, "startDate", "Start date"), form.get("sweNumber"),
                DateInput.from(form, "sweRenewal").read(p, "sweRenewal", "Registration renewal date"),
                form.get("qualificationInstitution"), form.get("agencyName"), pence(form.get("agencyDayRate"), p),
                DateInput.from(form, "contractEnd").read(p, "contractEnd", "Contract end date"));
    }

    static Map<String, String> of(StaffMember s) {
        Map<String, String> f = new HashMap<>();
        f.put("username", s.username());
        f.put("displayName", s.displayName());
        f.put("team", s.team());
        f.put("type", s.type().name());
        f.put("role", s.role().name());
        f.put("grade", s.grade());
        f.put("fte", s.fte().stripTrailingZeros().toPlainString());
        DateInput.of(s.startDate()).into(f, "startDate");
        f.put("sweNumber", s.sweNumber());
        DateInput.of(s.sweRenewal()).into(f, "sweRenewal");
        f.put("qualificationInstitution", s.qualificationInstitution());
        f.put("agencyName", s.agencyName());
        f.put("agencyDayRate", s.agencyDayRatePence() == null ? null
                : BigDecimal.valueOf(s.agencyDayRatePence(), 2).toPlainString());
        DateInput.of(s.contractEnd()).into(f, "contractEnd");
        return f;
    }

    private static String blank(String s) { return s == null || s.isBlank() ? null : s; }

    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static BigDecimal fte(String s, Problems p) {
        if (s == null || s.isBlank()) return null;
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            p.add("fte", "FTE must be a number, like 1 or 0.6");
            return null;
        }
    }

    private static Long pence(String s, Problems p) {
        if (s == null || s.isBlank()) return null;
        try {
            return new BigDecimal(s.trim().replace("£", "").replace(",", "")).movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            p.add("agencyDayRate", "Enter the day rate in pounds, like 350 or 350.50");
            return null;
        }
    }
}
