package org.kindred.person.matching;

/**
 * A search for a person, described by whatever is known about them: a record whose id is
 * ignored and whose fields may mostly be null.
 */
public record PersonQuery(PersonRecord example) {

    public static PersonQuery like(PersonRecord example) {
        return new PersonQuery(example);
    }
}
