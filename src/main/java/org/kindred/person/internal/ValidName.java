package org.kindred.person.internal;

import java.time.LocalDate;
import org.kindred.person.NameKind;

/** A previous name or alias after checking. */
record ValidName(NameKind kind, String givenNames, String familyName, LocalDate from, LocalDate to) {
}
