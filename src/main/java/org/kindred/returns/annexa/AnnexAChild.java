package org.kindred.returns.annexa;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kindred.person.Person;

/** The columns every list about a child starts with (id, gender, ethnicity, date of birth, age), from the register. */
final class AnnexAChild {
    private AnnexAChild() {
    }

    /** The child's columns, the age as on {@code on} (the end of the period). */
    static Map<String, Object> columns(Person p, LocalDate on) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Child Unique ID", Long.toString(p.id()));
        row.put("Gender", AnnexACodes.gender(p.sex()));
        row.put("Ethnicity", AnnexACodes.ethnicity(p.ethnicity()));
        row.put("Date of Birth", p.dateOfBirth());
        row.put("Age of Child (Years)", AnnexACodes.age(p.dateOfBirth(), on));
        return row;
    }
}
