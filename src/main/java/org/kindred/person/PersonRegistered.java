package org.kindred.person;

/** A person was added to the register (or changed): the search index picks it up after commit. */
public record PersonRegistered(long personId) {
}
