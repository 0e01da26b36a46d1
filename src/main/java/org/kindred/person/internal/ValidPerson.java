package org.kindred.person.internal;

import java.time.LocalDate;
import org.kindred.person.Ethnicity;
import org.kindred.person.PersonKind;
import org.kindred.person.Sex;

/** A new person after every field has been checked and normalised. */
record ValidPerson(PersonKind kind, String givenNames, String familyName, LocalDate dateOfBirth,
                   LocalDate expectedDateOfBirth, Sex sex, Ethnicity ethnicity, String nhsNumber, String upn,
                   String line1, String line2, String town, String postcode) {
}
