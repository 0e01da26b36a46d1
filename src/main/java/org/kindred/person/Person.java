package org.kindred.person;

import java.time.Instant;
import java.time.LocalDate;

/** A person as the pages and API show them. */
public record Person(long id, PersonKind kind, String givenNames, String familyName, LocalDate dateOfBirth,
                     LocalDate expectedDateOfBirth, Sex sex, Ethnicity ethnicity, String nhsNumber, String upn,
                     Address address, boolean restricted, Instant createdAt, String createdBy) {

    public String fullName() { return givenNames + " " + familyName; }
}
