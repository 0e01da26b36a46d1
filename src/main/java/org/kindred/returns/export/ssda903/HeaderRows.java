package org.kindred.returns.export.ssda903;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kindred.person.Person;
import org.kindred.person.Sex;
import org.kindred.returns.export.ReturnSource.Rows;

/**
 * Header: one row per child in the return, from the register, and the only route by which a Header row is made.
 * MOTHER is completed for girls looked after (1 with MC_DOB when the register records a child of hers born by the
 * year's end, else 0). A child without a UPN is returned as UN2 (no UPN allocated); no ethnicity as NOBT.
 */
final class HeaderRows {
    private HeaderRows() {
    }

    static void add(Cohort cohort, Map<Long, LocalDate> firstChildBorn, Rows rows) {
        for (Person p : cohort.children().values()) {
            rows.add("Header", row(p, cohort.year(), cohort.lookedAfter().contains(p.id()), firstChildBorn.get(p.id())));
        }
    }

    static Map<String, String> row(Person p, int year, boolean lookedAfter, LocalDate firstChild) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("CHILD", Long.toString(p.id()));
        row.put("SEX", Ssda903Codes.sex(p.sex(), year));
        row.put("DOB", Ssda903Codes.date(p.dateOfBirth()));
        row.put("ETHNIC", p.ethnicity() == null ? "NOBT" : p.ethnicity().name());
        row.put("UPN", p.upn() != null ? p.upn() : "UN2");
        boolean mother = lookedAfter && firstChild != null;
        row.put("MOTHER", lookedAfter && p.sex() == Sex.FEMALE ? (mother ? "1" : "0") : null);
        row.put("MC_DOB", mother ? Ssda903Codes.date(firstChild) : null);
        return row;
    }
}
