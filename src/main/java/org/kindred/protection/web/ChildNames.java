package org.kindred.protection.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kindred.access.CurrentUser;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.springframework.stereotype.Component;

/**
 * Children's names for lists, through the register (so a restricted child stays hidden from users without a grant),
 * remembered per user for a minute: the manager's view names the same children on every refresh, and the register
 * has no read of many people at once. A restriction reaches a list within the minute.
 */
@Component
class ChildNames {
    private static final long TTL_MILLIS = 60_000;
    private static final int MAX = 50_000;
    private final People people;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    ChildNames(People people) { this.people = people; }

    private record Entry(String name, long at) {
    }

    /** The child's name, or empty when the user may not see the child. */
    Optional<String> of(long childId) {
        String key = CurrentUser.get().username() + "/" + childId;
        long now = System.currentTimeMillis();
        Entry e = cache.get(key);
        if (e == null || now - e.at > TTL_MILLIS) {
            if (cache.size() > MAX) cache.clear();
            e = new Entry(people.find(childId).map(Person::fullName).orElse(null), now);
            cache.put(key, e);
        }
        return Optional.ofNullable(e.name);
    }
}
