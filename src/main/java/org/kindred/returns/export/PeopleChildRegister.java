package org.kindred.returns.export;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.springframework.stereotype.Component;

/**
 * The register's details through the People API, read once for the whole return ({@link People#findAll}: one query
 * and one audit entry naming every child, as the user or the export's system user running the return).
 */
@Component
@RequiredArgsConstructor
class PeopleChildRegister implements ChildRegister {
    private final People people;

    @Override
    public Map<String, RegisterChild> children(Collection<String> ids) {
        Map<String, Long> keys = new LinkedHashMap<>();
        for (String id : ids) {
            try {
                keys.put(id, Long.parseLong(id));
            } catch (NumberFormatException e) {
                // Not a register id: the register cannot know it.
            }
        }
        Map<Long, Person> register = keys.isEmpty() ? Map.of() : people.findAll(keys.values());
        Map<String, RegisterChild> found = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            Person p = register.get(key);
            if (p != null) found.put(id, of(p));
        });
        return found;
    }

    private static RegisterChild of(Person p) {
        return new RegisterChild(Long.toString(p.id()), p.sex() == null ? null : p.sex().returnCode(),
                p.ethnicity() == null ? null : p.ethnicity().name(), p.upn(), p.dateOfBirth(), p.expectedDateOfBirth());
    }
}
