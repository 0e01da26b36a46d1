package org.kindred.returns.annexa;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.springframework.stereotype.Component;

/**
 * The columns every list starts with (id, gender, ethnicity, date of birth, age), from the register. One look-up
 * per child per workbook, each audited by the person module as a view.
 */
@Component
class ChildColumns {
    private final People people;

    ChildColumns(People people) {
        this.people = people;
    }

    /** A cache for one workbook. */
    Lookup lookup(LocalDate on) { return new Lookup(on); }

    final class Lookup {
        private final LocalDate on;
        private final Map<String, Optional<Person>> seen = new HashMap<>();

        private Lookup(LocalDate on) {
            this.on = on;
        }

        /** The child's columns, or empty for an id the register does not have (or the user may not see). */
        Optional<Map<String, Object>> row(String childId) {
            return seen.computeIfAbsent(childId, this::find).map(p -> AnnexAChild.columns(p, on));
        }

        private Optional<Person> find(String id) {
            try {
                return people.find(Long.parseLong(id.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
