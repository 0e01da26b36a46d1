package org.kindred.person;

import java.time.LocalDate;

/** Someone related to the person being viewed; {@code relationship} says who they are to that person. */
public record Relative(long personId, String fullName, LocalDate dateOfBirth, PersonKind kind, String relationship) {
}
