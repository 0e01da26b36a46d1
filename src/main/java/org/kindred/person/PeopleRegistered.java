package org.kindred.person;

import java.util.List;

/**
 * Many people added to the register by one batch command (an import): the search index picks them all up after
 * commit, as for {@link PersonRegistered}, from one event (one publication, not one per person).
 */
public record PeopleRegistered(List<Long> personIds) {
    public PeopleRegistered {
        personIds = List.copyOf(personIds);
    }
}
