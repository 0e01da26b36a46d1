package org.kindred.returns.annexa;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.springframework.stereotype.Component;

/**
 * The columns every list starts with (id, gender, ethnicity, date of birth, age), from the register: read once per
 * list for all its children ({@link People#findAll}: one query and one audit entry naming them, as the user, so
 * restricted children the user may not see are left out).
 */
@Component
@RequiredArgsConstructor
class ChildColumns {
    private final People people;

    /** The register's records of these children (ids as the returns write them), for one list. */
    Lookup lookup(LocalDate on, Collection<String> childIds) {
        Map<Long, String> keys = new HashMap<>();
        for (String id : childIds) {
            try {
                keys.put(Long.parseLong(id.trim()), id);
            } catch (NumberFormatException | NullPointerException e) {
                // Not a register id: the register cannot know it.
            }
        }
        Map<String, Person> found = new HashMap<>();
        if (!keys.isEmpty()) people.findAll(keys.keySet()).forEach((key, p) -> found.put(keys.get(key), p));
        return new Lookup(on, found);
    }

    static final class Lookup {
        private final LocalDate on;
        private final Map<String, Person> found;

        private Lookup(LocalDate on, Map<String, Person> found) {
            this.on = on;
            this.found = found;
        }

        /** The child's columns, or empty for an id the register does not have (or the user may not see). */
        Optional<Map<String, Object>> row(String childId) {
            return Optional.ofNullable(childId == null ? null : found.get(childId)).map(p -> AnnexAChild.columns(p, on));
        }
    }
}
