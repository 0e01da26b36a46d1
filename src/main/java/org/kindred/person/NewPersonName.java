package org.kindred.person;

import java.time.LocalDate;

/** A previous name or alias as typed: kind PREVIOUS or ALIAS; either date may be left out. */
public record NewPersonName(String kind, String givenNames, String familyName, LocalDate from, LocalDate to) {
}
