package org.kindred.returns.export;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.springframework.stereotype.Component;

/**
 * The register's details through the People API: each look-up is audited there as a view by the user (or the
 * export's system user) running the return.
 */
@Component
class PeopleChildRegister implements ChildRegister {
    private final People people;

    PeopleChildRegister(People people) {
        this.people = people;
    }

    @Override
    public Map<String, RegisterChild> children(Collection<String> ids) {
        Map<String, RegisterChild> found = new LinkedHashMap<>();
        for (String id : ids) {
            long key;
            try {
                key = Long.parseLong(id);
            } catch (NumberFormatException e) {
                continue;
            }
            people.find(key).ifPresent(p -> found.put(id, of(p)));
        }
        return found;
    }

    private static RegisterChild of(Person p) {
        return new RegisterChild(Long.toString(p.id()), p.sex() == null ? null : p.sex().returnCode(),
                p.ethnicity() == null ? null : p.ethnicity().name(), p.upn(), p.dateOfBirth(), p.expectedDateOfBirth());
    }
}
