package org.kindred.person;

import java.util.Optional;

/**
 * The person register. Every read and change is audited; restricted records are invisible,
 * as if they did not exist, to users without a grant (administrators excepted).
 */
public interface People {
    Person create(NewPerson person);

    /**
     * Creates many people at once (a batch command: an import), in a few statements: each checked as {@link
     * #create} checks one, all refused (changing nothing) if any is, with the field errors of the first refused
     * named "people[i].field". Audited one entry per person. Returns their ids, in order.
     */
    default java.util.List<Long> createAll(java.util.List<NewPerson> people) {
        // The register (JdbcPeople) writes them in a few statements; this default spares test doubles.
        return people.stream().map(p -> create(p).id()).toList();
    }

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

    /**
     * Every record the signed-in user may not see (restricted without a grant, or deleted): the one visibility rule
     * for lists, counts and overviews computed in another module's SQL, which leave these ids out
     * ({@code child_id <> all(:hidden)}). Restricted records are few, so the set is small. Nothing is shown, so
     * nothing is audited.
     */
    java.util.Set<Long> hiddenFromUser();

    /** People whose name starts with or contains the text (blank: everyone), ordered by family name. */
    PersonPage list(String nameContains, int page, int size);

    /**
     * Children only: under 18 on {@code today} (and unborn), or among {@code careLeavers} and under 25. Audited as a
     * list.
     */
    default PersonPage listChildren(String nameContains, int page, int size, java.time.LocalDate today,
                                    java.util.Collection<Long> careLeavers) {
        // The register (JdbcPeople) implements it; the default spares test doubles that never list.
        throw new UnsupportedOperationException("listChildren");
    }

    /** Marks a record restricted and grants the named users access to it. */
    void restrict(long id, String reason, java.util.List<String> grantedUsernames);

    /** Every restricted record with who may see it, for administrators. */
    java.util.List<Restriction> restrictions();

    /** Lifts a restriction (the grants stay, unused, as the record of who could see it); administrators only. */
    void lift(long id, String reason);

    /** Grants one more user access to a restricted record; administrators only. */
    void grant(long id, String username, String reason);

    /** Takes away a user's access to a restricted record; administrators only. */
    void removeGrant(long id, String username, String reason);

    /** A restricted record and the users granted access to it. */
    record Restriction(long personId, String name, java.util.List<Grant> grants) {
    }

    record Grant(String username, String grantedBy, java.time.Instant grantedAt, String reason) {
    }
}
