package org.kindred.person;

import java.util.Optional;

/**
 * The person register. Every read and change is audited; restricted records are invisible,
 * as if they did not exist, to users without a grant (administrators excepted).
 */
public interface People {
    Person create(NewPerson person);

    /** The person, if it exists and the current user may see it. */
    Optional<Person> find(long id);

    /**
     * The people among {@code ids} the current user may see, by id, in one query and one audit entry naming
     * them all: for lists (a queue, a caseload) that would otherwise read the register once per row.
     */
    java.util.Map<Long, Person> findAll(java.util.Collection<Long> ids);

    /**
     * Of these ids, the records the signed-in user may not see (restricted without a grant, or gone), so that counts
     * leave them out too. Nothing about a person is shown, so nothing is audited.
     */
    java.util.Set<Long> hiddenAmong(java.util.Collection<Long> ids);

    /** People whose name starts with or contains the text (blank: everyone), ordered by family name. */
    PersonPage list(String nameContains, int page, int size);

    /** Marks a record restricted and grants the named users access to it. */
    void restrict(long id, String reason, java.util.List<String> grantedUsernames);
}
