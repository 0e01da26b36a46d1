package org.kindred.person;

import java.time.LocalDate;

/** A name a person used before (marriage, adoption, a carer's name) or is also known by. */
public record PersonName(long id, long personId, NameKind kind, String givenNames, String familyName,
                         LocalDate from, LocalDate to) {

    public String fullName() { return givenNames == null ? familyName : givenNames + " " + familyName; }
}
