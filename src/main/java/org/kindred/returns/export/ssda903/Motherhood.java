package org.kindred.returns.export.ssda903;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.kindred.person.Families;
import org.kindred.person.Person;
import org.kindred.person.Relative;
import org.kindred.person.Sex;

/**
 * SSDA903 Header MOTHER and MC_DOB from the register's recorded relationships: a girl looked after in the year is a
 * mother when someone recorded as her child was born by the end of the year (DfE rule 625), and MC_DOB is her first
 * child's date of birth (rules 624, 626). Only girls aged 11 or over at the year's end are looked up (rule 620), all
 * in one read of the register ({@link Families#childrenOf}).
 */
final class Motherhood {
    private Motherhood() {
    }

    /** The first child's date of birth of each mother among the girls, by the girl's id. */
    static Map<Long, LocalDate> firstChildBorn(Families families, Iterable<Person> girls, LocalDate end) {
        Map<Long, Person> asked = new HashMap<>();
        for (Person girl : girls) {
            if (girl.sex() == Sex.FEMALE && girl.dateOfBirth() != null && !girl.dateOfBirth().plusYears(11).isAfter(end)) {
                asked.put(girl.id(), girl);
            }
        }
        Map<Long, LocalDate> first = new HashMap<>();
        if (asked.isEmpty()) return first;
        families.childrenOf(asked.keySet()).forEach((id, children) -> {
            LocalDate mothersBirth = asked.get(id).dateOfBirth();
            for (Relative child : children) {
                LocalDate born = child.dateOfBirth();
                if (born != null && !born.isAfter(end) && born.isAfter(mothersBirth)) {
                    first.merge(id, born, (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        });
        return first;
    }
}
