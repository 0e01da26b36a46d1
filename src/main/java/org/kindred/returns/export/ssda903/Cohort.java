package org.kindred.returns.export.ssda903;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.kindred.person.Person;

/**
 * Who is in an SSDA903 return for the collection year from {@code start} to {@code end} (ending 31 March
 * {@code year}): every child looked after at any time in the year, and the care leavers whose 17th to 21st birthday
 * fell in it, as the register knows them (children without a date of birth cannot be returned), in id order.
 */
record Cohort(int year, LocalDate start, LocalDate end, Map<Long, Person> children, Set<Long> lookedAfter) {

    Person child(long id) { return children.get(id); }

    boolean has(long id) { return children.containsKey(id); }

    boolean within(LocalDate d) { return !d.isBefore(start) && !d.isAfter(end); }

    /** True when the date is recorded and on or before the collection end: what ended later was open on 31 March. */
    boolean ceasedBy(LocalDate d) { return d != null && !d.isAfter(end); }

    /** CHILD, and DOB when the table has it. */
    Map<String, String> row(long id, boolean dob) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("CHILD", Long.toString(id));
        if (dob) r.put("DOB", Ssda903Codes.date(child(id).dateOfBirth()));
        return r;
    }
}
