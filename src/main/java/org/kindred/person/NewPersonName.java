package org.kindred.person;

/** A previous name or alias as typed: kind PREVIOUS or ALIAS, dates as ISO text (either may be blank). */
public record NewPersonName(String kind, String givenNames, String familyName, String from, String to) {
}
