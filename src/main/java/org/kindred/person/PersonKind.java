package org.kindred.person;

/** Whom a record is about: a child, an unborn child (known by expected date of birth), or an adult. */
public enum PersonKind { CHILD, UNBORN, ADULT }
